package proto;

import io.undertow.Undertow;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;

/** One HTTP stack serving the prototype handler {@link Scoring} on a fixed port, for measure.sh. */
public final class UndertowMain {
    public static void main(String[] args) throws Exception {
        Scoring.load(args[0]);
        int threads = Integer.parseInt(args[1]);
        Undertow server = Undertow.builder()
                .addHttpListener(8082, "127.0.0.1")
                .setIoThreads(2)
                .setWorkerThreads(threads)
                .setHandler(exchange -> exchange.getRequestReceiver().receiveFullBytes((ex, body) -> {
                    ex.dispatch(() -> {
                        byte[] answer;
                        try { answer = Scoring.handle(body); } catch (Exception e) { answer = e.toString().getBytes(); }
                        ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
                        ex.getResponseSender().send(ByteBuffer.wrap(answer));
                    });
                }))
                .build();
        server.start();
        System.out.println("undertow ready");
    }
}
