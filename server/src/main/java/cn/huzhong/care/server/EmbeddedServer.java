package cn.huzhong.care.server;

import cn.huzhong.care.core.embedded.EmbeddedBackend;
import cn.huzhong.care.server.demo.DemoData;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The desktop app's embedded backend: this server on 127.0.0.1 at a free port, with a SQLite file in the app's
 * data directory. Found by the app through {@link java.util.ServiceLoader}; the app never imports this class.
 */
public final class EmbeddedServer implements EmbeddedBackend {
    @Override
    public Running start(Path dataDirectory, boolean demoData) {
        return start(dataDirectory, demoData, Clock.systemUTC());
    }

    @Override
    public Running start(Path dataDirectory, boolean demoData, Clock clock) {
        ServerApp app = ServerApp.create(ServerConfig.local(dataDirectory, demoData).withClock(clock)).start();
        URI base = URI.create("http://127.0.0.1:" + app.port());
        List<String> demo = app.demoAccounts().stream().map(DemoData.Account::line).toList();
        return new Running() {
            @Override
            public URI baseUri() {
                return base;
            }

            @Override
            public List<String> demoAccounts() {
                return demo;
            }

            @Override
            public void close() {
                app.close();
            }
        };
    }
}
