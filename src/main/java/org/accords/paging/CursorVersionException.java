package org.accords.paging;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A cursor issued for another dataset version than the one the request reads: its offset
 * would point at another item there, so paging on would skip or repeat items. The message
 * names the version the cursor came from when the caller finds it among the versions kept
 * ({@link #messageAmong}).
 */
public class CursorVersionException extends InvalidInputException {

	private final String argument;

	private final String stamp;

	private final String read;

	/**
	 * @param argument {@code after} or {@code before}
	 * @param stamp the cursor's first four characters, its version's stamp
	 * @param read the version the request reads
	 */
	CursorVersionException(String argument, String stamp, String read) {
		super(message(argument, read, null));
		this.argument = argument;
		this.stamp = stamp;
		this.read = read;
	}

	/**
	 * The message naming the version among {@code kept} the cursor was issued for, or
	 * saying that it is no longer kept.
	 */
	public String messageAmong(List<String> kept) {
		String version = issuedForAmong(kept);
		if (version != null) {
			return message(this.argument, this.read, version);
		}
		return this.argument + ": this cursor was issued for another dataset version than the one this request reads ("
				+ this.read + "), and that version is no longer kept; items differ between versions, so paging on"
				+ " would skip or repeat some: start again without after or before";
	}

	/**
	 * The version among {@code kept} the cursor was issued for: the error's
	 * {@code extensions.cursorVersion}, which a page sends as {@code Accords-Version} to
	 * page on in it. Null when that version is no longer kept.
	 */
	public @Nullable String issuedForAmong(List<String> kept) {
		for (String version : kept) {
			if (!version.equals(this.read) && PageArguments.versionStamp(version).equals(this.stamp)) {
				return version;
			}
		}
		return null;
	}

	/** {@code after} or {@code before}. */
	@Override
	public String argument() {
		return this.argument;
	}

	private static String message(String argument, String read, @Nullable String issuedFor) {
		if (issuedFor == null) {
			return argument + ": this cursor was issued for another dataset version than the one this request reads ("
					+ read + "); items differ between versions, so paging on would skip or repeat some: send the"
					+ " Accords-Version header naming the version of the first page to page on in it, or start"
					+ " again without after or before";
		}
		return argument + ": this cursor was issued for dataset version " + issuedFor
				+ ", not the one this request reads (" + read + "); items differ between versions, so paging on"
				+ " would skip or repeat some: send the header 'Accords-Version: " + issuedFor
				+ "' (or the version parameter) with every page to page on in " + issuedFor
				+ ", or start again without after or before";
	}

}
