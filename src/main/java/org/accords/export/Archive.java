package org.accords.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.accords.dataset.ChangelogEntry;
import org.accords.dataset.DatasetInfo;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The one archive with everything: a README, {@code datapackage.json}, every collection
 * as CSV and the changelog up to its version. Written entry by entry as it streams, and
 * byte for byte the same for the same version on one instance (entry times are the time
 * this instance loaded the version, and the changelog ends at the version), so its
 * measured size holds; another instance's entry times, and so its bytes, differ, which is
 * why the archive is not served in ranges.
 */
@Component
class Archive {

	/** Metadata files are indented: people open them too. */
	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final TableWriter writer;

	private final Metadata metadata;

	Archive(TableWriter writer, Metadata metadata) {
		this.writer = writer;
		this.metadata = metadata;
	}

	/** Writes the archive of {@code info}, reading its changelog. */
	void write(DatasetInfo info, OutputStream out) throws IOException {
		write(info, this.metadata.changelogEntriesUpTo(info.version()), out);
	}

	/**
	 * Writes the archive of {@code info} with the changelog entries its download was
	 * charged for ({@link Metadata#changelogEntriesUpTo}), read once for both.
	 */
	void write(DatasetInfo info, List<ChangelogEntry> changelog, OutputStream out) throws IOException {
		LocalDateTime time = LocalDateTime.ofInstant(info.loadedAt(), ZoneOffset.UTC);
		ZipOutputStream zip = new ZipOutputStream(new Unclosable(out), StandardCharsets.UTF_8);
		put(zip, "README.txt", time, this.metadata.readme(info).getBytes(StandardCharsets.UTF_8));
		put(zip, Downloads.DATAPACKAGE, time, JSON.writeValueAsBytes(this.metadata.dataPackage(info)));
		for (Table<?> table : Tables.ALL) {
			zip.putNextEntry(entry(Downloads.file(table, Format.CSV), time));
			this.writer.write(table, Format.CSV, info.version(), zip, false);
			zip.closeEntry();
		}
		put(zip, Downloads.CHANGELOG, time, JSON.writeValueAsBytes(this.metadata.changelog(changelog)));
		zip.close();
	}

	private static void put(ZipOutputStream zip, String name, LocalDateTime time, byte[] bytes) throws IOException {
		zip.putNextEntry(entry(name, time));
		zip.write(bytes);
		zip.closeEntry();
	}

	private static ZipEntry entry(String name, LocalDateTime time) {
		ZipEntry entry = new ZipEntry(name);
		entry.setTimeLocal(time);
		return entry;
	}

	/** Lets the archive finish without closing the response, which is not ours. */
	private static final class Unclosable extends FilterOutputStream {

		Unclosable(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
