package cn.huzhong.care.server;

import cn.huzhong.care.server.demo.DemoData;

/** Starts the server from the environment and arguments ({@link ServerConfig}). */
public final class ServerMain {
    private ServerMain() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            System.out.println(ServerConfig.USAGE);
            return;
        }
        ServerConfig config;
        try {
            config = ServerConfig.from(System.getenv(), args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ServerApp app = ServerApp.create(config).start();
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "huzhong-shutdown"));
        String base = "http://" + config.bindAddress() + ":" + app.port();
        System.out.println("Huzhong Care API: " + base + "  (health: " + base + "/health, OpenAPI: " + base + "/openapi.yaml)");
        if (!app.demoAccounts().isEmpty()) {
            System.out.println();
            System.out.println("Demo accounts (password " + DemoData.PASSWORD + " for all):");
            for (DemoData.Account a : app.demoAccounts()) {
                System.out.println("  " + a.line());
            }
            System.out.println();
            System.out.println("Try: curl -s -X POST " + base + "/api/v1/sessions -H 'Content-Type: application/json' "
                    + "-d '{\"phone\":\"13900000001\",\"password\":\"" + DemoData.PASSWORD + "\"}'");
        }
    }
}
