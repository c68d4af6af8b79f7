package org.recbridge.datasets;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A local HTTP server on 127.0.0.1 serving fixture archives, whole or cut off mid-body; counts requests. */
final class FixtureServer implements AutoCloseable {
    private final HttpServer server;
    final AtomicInteger requests = new AtomicInteger();

    FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Serves {@code body} at {@code path}. */
    FixtureServer serve(String path, byte[] body) {
        return serveCut(path, body, body.length);
    }

    /** Promises all of {@code body} (Content-Length) but sends only its first {@code sent} bytes, then hangs up. */
    FixtureServer serveCut(String path, byte[] body, int sent) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, sent);
            out.flush();
            exchange.close(); // fewer bytes than promised: the server drops the connection
        });
        return this;
    }

    /** A small MovieLens-like archive, every file in one top folder as in ml-100k.zip. */
    static byte[] fixtureZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("fixture/"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("fixture/u.data"));
            StringBuilder rows = new StringBuilder();
            for (int u = 1; u <= 30; u++) {
                for (int i = 1; i <= 20; i++) {
                    rows.append(u).append('\t').append(i).append('\t').append(1 + (u * i) % 5).append('\t')
                            .append(880000000 + u * 100 + i).append('\n');
                }
            }
            zip.write(rows.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            // a second domain of the data set: other users, so no (user, item) pair is in both
            zip.putNextEntry(new ZipEntry("fixture/u.source"));
            StringBuilder source = new StringBuilder();
            for (int u = 31; u <= 40; u++) {
                for (int i = 1; i <= 20; i++) {
                    source.append(u).append('\t').append(i).append('\t').append(1 + (u + i) % 5).append('\n');
                }
            }
            zip.write(source.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("fixture/README"));
            zip.write("a fixture\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A data set entry for an archive served at {@code path}. */
    PublicDataset dataset(String id, String path, byte[] archive) throws Exception {
        return new PublicDataset(id, "fixture " + id, url(path), archive.length, sha256(archive), "",
                List.of("u.data", "u.source", "README"));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
