package proto;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** One HTTP stack serving the prototype handler {@link Scoring} on a fixed port, for measure.sh. */
public final class JettyMain {
    public static void main(String[] args) throws Exception {
        Scoring.load(args[0]);
        int threads = Integer.parseInt(args[1]);
        Server server = new Server(new QueuedThreadPool(threads + 4, threads + 4));
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(8083);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                ByteBuffer in = Content.Source.asByteBuffer(request);
                byte[] body = new byte[in.remaining()];
                in.get(body);
                byte[] answer;
                try { answer = Scoring.handle(body); } catch (Exception e) { answer = e.toString().getBytes(); }
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                response.write(true, ByteBuffer.wrap(answer), callback);
                return true;
            }
        });
        server.start();
        System.out.println("jetty ready");
    }
}
