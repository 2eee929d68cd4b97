package org.accords.graphql;

import java.io.OutputStream;
import java.io.Writer;
import java.util.Collection;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The one CSV setup, for the downloads ({@code export/TableWriter}) and for GraphQL
 * answers in CSV ({@link ConnectionCsv}): RFC 4180 with CRLF line ends, the header as the
 * first row (a row of its own, so that an empty table still has one), a value quoted only
 * where the RFC needs it, the target left open.
 */
public final class CsvRows {

	private static final CsvMapper CSV = CsvMapper.builder()
		// the target is the response or a zip entry: closing it is the caller's business
		.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
		// quote a value only when RFC 4180 needs it, not by a length heuristic
		.enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
		.build();

	private CsvRows() {
	}

	/**
	 * Writes the header row of {@code columns} to {@code out}, and returns the writer of
	 * the rows (arrays of values in the columns' order); closing it does not close
	 * {@code out}.
	 */
	public static SequenceWriter open(Collection<String> columns, OutputStream out) {
		SequenceWriter writer = writer(columns).writeValues(out);
		writer.write(columns.toArray());
		return writer;
	}

	/** As {@link #open(Collection, OutputStream)}, to a character stream. */
	public static SequenceWriter open(Collection<String> columns, Writer out) {
		SequenceWriter writer = writer(columns).writeValues(out);
		writer.write(columns.toArray());
		return writer;
	}

	private static ObjectWriter writer(Collection<String> columns) {
		CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n");
		columns.forEach(schema::addColumn);
		return CSV.writer(schema.build());
	}

}
