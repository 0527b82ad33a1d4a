package proto;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

/** One HTTP stack serving the prototype handler {@link Scoring} on a fixed port, for measure.sh. */
public final class JdkMain {
    public static void main(String[] args) throws Exception {
        Scoring.load(args[0]);
        int threads = Integer.parseInt(args[1]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 8081), 1024);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            byte[] answer;
            try { answer = Scoring.handle(body); } catch (Exception e) { answer = e.toString().getBytes(); }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        System.out.println("jdk ready");
    }
}
