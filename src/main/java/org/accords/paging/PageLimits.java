package org.accords.paging;

import org.accords.AccordsProperties;

import org.springframework.stereotype.Component;

/**
 * The page-size default and cap, from {@code accords.api.*}.
 */
@Component
public class PageLimits {

	private final int defaultPageSize;

	private final int maxPageSize;

	public PageLimits(AccordsProperties properties) {
		this.defaultPageSize = properties.api().defaultPageSize();
		this.maxPageSize = properties.api().maxPageSize();
	}

	public int defaultPageSize() {
		return this.defaultPageSize;
	}

	public int maxPageSize() {
		return this.maxPageSize;
	}

}
