package org.unodc.rt.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A small HTTP client for black-box tests: the server as a browser or a national reporting system sees it. */
public final class Http {

    public record Reply(int status, String contentType, String body, byte[] bytes) {
        public Reply(int status, String contentType, String body) {
            this(status, contentType, body, body.getBytes(StandardCharsets.UTF_8));
        }

        public JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;

    public Http() {
        int offset = Integer.getInteger("rt.it.port.offset", 100);
        this.base = "http://127.0.0.1:" + (8080 + offset);
    }

    public String base() {
        return base;
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept", "application/json"));
    }

    public Reply get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .GET()
                .header("Accept", "application/json")
                .header("Authorization", basic(user, password)));
    }

    public Reply getAs(String path, String accept, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .GET()
                .header("Accept", accept)
                .header("Authorization", basic(user, password)));
    }

    /** A binary download (a spreadsheet), signed in with HTTP Basic credentials. */
    public Reply getBytes(String path, String user, String password) {
        try {
            HttpResponse<byte[]> response = client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .GET()
                            .header("Authorization", basic(user, password))
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    "",
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("The server did not answer " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page as a browser asks for it, signed in with HTTP Basic credentials. */
    public Reply page(String path, String user, String password) {
        return getAs(path, "text/html", user, password);
    }

    public Reply post(String path, String contentType, String body, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", contentType)
                .header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        return send(request);
    }

    /** A binary body (a file upload), signed in with HTTP Basic credentials. */
    public Reply postBytes(String path, String contentType, byte[] body, String user, String password) {
        return sendBytes("POST", path, contentType, body, user, password);
    }

    /** A binary body put in place (a library document's original), signed in with HTTP Basic credentials. */
    public Reply putBytes(String path, String contentType, byte[] body, String user, String password) {
        return sendBytes("PUT", path, contentType, body, user, password);
    }

    private Reply sendBytes(String method, String path, String contentType, byte[] body, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .header("Authorization", basic(user, password)));
    }

    public Reply delete(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .DELETE()
                .header("Accept", "application/json")
                .header("Authorization", basic(user, password)));
    }

    public Reply put(String path, String contentType, String body, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .header("Authorization", basic(user, password)));
    }

    /** A binary download (a PDF, an XLSX …) as the given user. */
    public HttpResponse<byte[]> download(String path, String user, String password) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .GET()
                            .header("Authorization", basic(user, password))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("The server did not answer " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The whole response, headers included. */
    public HttpResponse<String> raw(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The server did not answer " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status and cookies of a page fetched over TLS. */
    public record TlsReply(int status, List<String> cookies) {}

    /**
     * A page over the server's HTTPS listener (8443 plus the port offset), trusting its self-signed certificate
     * whatever host it names: only for checking what the server does differently over TLS. (The JDK's HttpClient
     * always checks the host name, which the generated certificate does not carry.)
     */
    public TlsReply getOverTls(String path) {
        int offset = Integer.getInteger("rt.it.port.offset", 100);
        try {
            javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
            trustAll.init(
                    null,
                    new javax.net.ssl.TrustManager[] {
                        new javax.net.ssl.X509TrustManager() {
                            @Override
                            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {}

                            @Override
                            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {}

                            @Override
                            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                                return new java.security.cert.X509Certificate[0];
                            }
                        }
                    },
                    null);
            javax.net.ssl.HttpsURLConnection connection =
                    (javax.net.ssl.HttpsURLConnection) URI.create("https://127.0.0.1:" + (8443 + offset) + path)
                            .toURL()
                            .openConnection();
            connection.setSSLSocketFactory(trustAll.getSocketFactory());
            connection.setHostnameVerifier((host, session) -> true);
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(30_000);
            int status = connection.getResponseCode();
            List<String> cookies = connection.getHeaderFields().getOrDefault("Set-Cookie", List.of());
            connection.getInputStream().close();
            connection.disconnect();
            return new TlsReply(status, cookies);
        } catch (java.security.GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The server did not answer " + path + " over TLS", e);
        }
    }

    /** A reply with its headers, for the few checks that need one (e.g. {@code Retry-After}). */
    public record RawReply(int status, Map<String, String> headers, String body) {}

    /**
     * POSTs JSON from another loopback address ({@code 127.0.0.x}), as if a second client on another network sent it;
     * the JDK's HTTP client cannot choose its source address, so this speaks HTTP/1.0 over a plain socket.
     */
    public RawReply postFrom(String localAddress, String path, String json) {
        return sendFrom(localAddress, "POST", path, "Content-Type: application/json\r\n", json);
    }

    /** GETs with HTTP Basic credentials from another loopback address, like {@link #postFrom}. */
    public RawReply getFrom(String localAddress, String path, String user, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return sendFrom(localAddress, "GET", path, "Authorization: Basic " + credentials + "\r\n", "");
    }

    private RawReply sendFrom(String localAddress, String method, String path, String headerLines, String text) {
        URI target = URI.create(base + path);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(
                InetAddress.getByName(target.getHost()), target.getPort(), InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(60_000);
            String head = method + " " + target.getRawPath() + " HTTP/1.0\r\n"
                    + "Host: " + target.getHost() + ":" + target.getPort() + "\r\n"
                    + headerLines
                    + "Accept: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, end).split("\r\n");
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).strip(),
                        lines[i].substring(colon + 1).strip());
            }
            return new RawReply(Integer.parseInt(lines[0].split(" ")[1]), headers, response.substring(end + 4));
        } catch (IOException e) {
            throw new IllegalStateException("The server did not answer " + target + " from " + localAddress, e);
        }
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "The server did not answer " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
