package org.accords.seed;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An insertion-ordered set that takes little memory while small: a list up to
 * {@value #LIST_MAX} elements, a {@link LinkedHashSet} beyond. The merged reports of a
 * large corpus hold millions of sets of one or two article ids, each of which cost about
 * 190 bytes as a {@code LinkedHashSet} and cost about 70 here.
 *
 * @param <E> the element type
 */
final class CompactSet<E> extends AbstractSet<E> {

	static final int LIST_MAX = 8;

	private List<E> list = new ArrayList<>(0);

	private @Nullable Set<E> set;

	@Override
	public boolean add(E element) {
		Set<E> large = this.set;
		if (large != null) {
			return large.add(element);
		}
		if (this.list.contains(element)) {
			return false;
		}
		if (this.list.size() == LIST_MAX) {
			large = new LinkedHashSet<>(this.list);
			this.set = large;
			this.list = List.of();
			return large.add(element);
		}
		return this.list.add(element);
	}

	@Override
	public boolean contains(Object element) {
		Set<E> large = this.set;
		return (large != null) ? large.contains(element) : this.list.contains(element);
	}

	@Override
	public boolean remove(Object element) {
		Set<E> large = this.set;
		return (large != null) ? large.remove(element) : this.list.remove(element);
	}

	@Override
	public void clear() {
		this.set = null;
		this.list = new ArrayList<>(0);
	}

	@Override
	public Iterator<E> iterator() {
		Set<E> large = this.set;
		return (large != null) ? large.iterator() : this.list.iterator();
	}

	@Override
	public int size() {
		Set<E> large = this.set;
		return (large != null) ? large.size() : this.list.size();
	}

}
