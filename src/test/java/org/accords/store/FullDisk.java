package org.accords.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code fulldisk:} before a path) on the disk whose files may grow up
 * to {@link #limit} bytes: a write beyond fails as on a full disk, with the operating
 * system's message, and a write within the bytes a file has succeeds (as on ext4 or
 * tmpfs, whose blocks stay allocated).
 */
public class FullDisk extends FilePathWrapper {

	static final String SCHEME = "fulldisk";

	/** How large a file may grow; no limit unless set. */
	static volatile long limit = Long.MAX_VALUE;

	static void register() {
		FilePath.register(new FullDisk());
	}

	@Override
	public String getScheme() {
		return SCHEME;
	}

	@Override
	public FileChannel open(String mode) throws IOException {
		return new Channel(getBase().open(mode));
	}

	private static final class Channel extends FileBase {

		private final FileChannel base;

		Channel(FileChannel base) {
			this.base = base;
		}

		@Override
		public int read(ByteBuffer destination) throws IOException {
			return this.base.read(destination);
		}

		@Override
		public int read(ByteBuffer destination, long position) throws IOException {
			return this.base.read(destination, position);
		}

		@Override
		public int write(ByteBuffer source) throws IOException {
			return write(source, this.base.position());
		}

		@Override
		public int write(ByteBuffer source, long position) throws IOException {
			if (position + source.remaining() > limit) {
				throw new IOException("No space left on device");
			}
			return this.base.write(source, position);
		}

		@Override
		public long position() throws IOException {
			return this.base.position();
		}

		@Override
		public FileChannel position(long position) throws IOException {
			this.base.position(position);
			return this;
		}

		@Override
		public long size() throws IOException {
			return this.base.size();
		}

		@Override
		public FileChannel truncate(long size) throws IOException {
			this.base.truncate(size);
			return this;
		}

		@Override
		public void force(boolean metaData) throws IOException {
			this.base.force(metaData);
		}

		@Override
		public FileLock tryLock(long position, long size, boolean shared) throws IOException {
			return this.base.tryLock(position, size, shared);
		}

		@Override
		protected void implCloseChannel() throws IOException {
			this.base.close();
		}

	}

}
