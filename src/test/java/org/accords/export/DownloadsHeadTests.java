package org.accords.export;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.accords.AccordsTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * A HEAD on a download answers with the headers of the GET and writes nothing: the table
 * writer and the archive are never called (a 42 MB file took 3.45 s of CPU to be written
 * and thrown away). The sizes are not measured here, so that nothing else calls them.
 */
@AccordsTest
@TestPropertySource(properties = "accords.export.measure-sizes=false")
class DownloadsHeadTests {

	@LocalServerPort
	int port;

	@MockitoSpyBean
	TableWriter writer;

	@MockitoSpyBean
	Archive archive;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void headWritesNoBody() throws Exception {
		List<String[]> requests = List.of(new String[] { "/data/statements.csv" },
				new String[] { "/data/statements.json", "Accept-Encoding", "gzip" },
				new String[] { "/data/statements.csv?bom=true" }, new String[] { "/data/people.ndjson" },
				new String[] { "/data/statements", "Accept", "application/x-ndjson" },
				new String[] { "/data/statements.csv", "Range", "bytes=0-99" }, new String[] { "/data/all.zip" });
		clearInvocations(this.writer, this.archive);
		for (String[] request : requests) {
			String path = request[0];
			String[] headers = java.util.Arrays.copyOfRange(request, 1, request.length);
			HttpResponse<byte[]> head = send("HEAD", path, headers);
			assertThat(head.statusCode()).as(path).isEqualTo(200);
			assertThat(head.headers().firstValue("ETag")).as(path).isPresent();
			assertThat(head.headers().firstValue("Content-Disposition")).as(path).isPresent();
		}
		verify(this.writer, never()).write(any(), any(), anyString(), any(), anyBoolean());
		verify(this.archive, never()).write(any(), any());
		verify(this.archive, never()).write(any(), any(), any());
		// and the same requests as GETs do write (the spies see the calls)
		for (String[] request : requests) {
			assertThat(send("GET", request[0], java.util.Arrays.copyOfRange(request, 1, request.length)).body())
				.as(request[0])
				.isNotEmpty();
		}
		verify(this.writer, atLeastOnce()).write(any(), any(), anyString(), any(), anyBoolean());
		verify(this.archive, atLeastOnce()).write(any(), any(), any());
	}

}
