package org.accords.http;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.CRC32;

import org.accords.AccordsProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * What decides the bytes of an answer besides the dataset version it serves: the build of
 * Accords that writes it (its {@code META-INF/build-info.properties}), the public address
 * its links name ({@code accords.public-url}) and the page size of a connection read
 * without {@code first} or {@code last} ({@code accords.api.default-page-size}). Its tag
 * is in every ETag that names a version's answer, so that a release that writes the same
 * version differently (a CSV column added, a page's markup mended) is not confirmed by a
 * {@code 304} to a client or CDN holding what an earlier release wrote. The same on every
 * instance of one build with the same settings; where the build wrote no build-info (a
 * run from an IDE), the JVM's start, so that a restart never confirms what an earlier run
 * wrote.
 */
@Component
public final class Release {

	private final String tag;

	@Autowired
	Release(ObjectProvider<BuildProperties> build, AccordsProperties properties) {
		this(build.getIfAvailable(), properties.publicUrl(), properties.api().defaultPageSize(),
				Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
	}

	/**
	 * @param build the build's properties; null when it wrote none
	 * @param publicUrl where the answers' links point
	 * @param defaultPageSize the items of a connection read without first or last
	 * @param started when this JVM started, the tag's stand-in for a build without
	 * build-info
	 */
	Release(@Nullable BuildProperties build, String publicUrl, int defaultPageSize, Instant started) {
		String built = (build != null) ? build.getVersion() + "@" + build.getTime() : "started@" + started;
		// a checksum, not a digest: it only has to differ from one build to the next
		CRC32 checksum = new CRC32();
		checksum.update((built + "\u0000" + publicUrl + "\u0000" + defaultPageSize).getBytes(StandardCharsets.UTF_8));
		this.tag = String.format("%08x", checksum.getValue());
	}

	/** Eight hex digits naming the build and the settings that shape its answers. */
	public String tag() {
		return this.tag;
	}

	/**
	 * The strong ETag of one representation of {@code version}'s answer:
	 * {@code "<version>~<tag><variant>"}.
	 * @param version the dataset version served (or another name of what it depends on)
	 * @param variant tells other bytes of the same version apart ({@code -json},
	 * {@code -card-dark}, ...); empty for the plain one
	 */
	public String etag(String version, String variant) {
		return "\"" + version + "~" + this.tag + variant + "\"";
	}

}
