package org.accords.search;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * The terms of one field that an automaton accepts, the automaton compiled once for a
 * word and shared by every field it is matched in: a {@link PrefixQuery} compiles its own
 * in each of the four fields a prefix is matched in (docs/benchmarks.md).
 */
final class CompiledTermsQuery extends MultiTermQuery {

	/** Matched in a constant-score tier: every term accepted, with no top-terms cut. */
	private final CompiledAutomaton automaton;

	private final String label;

	private CompiledTermsQuery(String field, CompiledAutomaton automaton, String label) {
		super(field, CONSTANT_SCORE_BLENDED_REWRITE);
		this.automaton = automaton;
		this.label = label;
	}

	/** Every term that starts with {@code prefix}, as a {@link PrefixQuery}. */
	static CompiledAutomaton prefix(String prefix) {
		return new CompiledAutomaton(PrefixQuery.toAutomaton(new BytesRef(prefix)), null, true,
				Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, true);
	}

	static CompiledTermsQuery of(String field, CompiledAutomaton automaton, String label) {
		return new CompiledTermsQuery(field, automaton, label);
	}

	@Override
	protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
		return this.automaton.getTermsEnum(terms);
	}

	@Override
	public void visit(QueryVisitor visitor) {
		if (visitor.acceptField(getField())) {
			this.automaton.visit(visitor, this, getField());
		}
	}

	@Override
	public String toString(String field) {
		return (getField().equals(field) ? "" : getField() + ":") + this.label;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CompiledTermsQuery that && getField().equals(that.getField())
				&& this.label.equals(that.label) && this.automaton.equals(that.automaton);
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), getField(), this.label);
	}

}
