package cn.huzhong.care.server;

import cn.huzhong.care.core.policy.BenefitFinder;
import cn.huzhong.care.core.policy.PolicyTable;
import cn.huzhong.care.server.accounts.AccountController;
import cn.huzhong.care.server.accounts.AccountService;
import cn.huzhong.care.server.accounts.OneTimeCodeRepository;
import cn.huzhong.care.server.audit.AuditController;
import cn.huzhong.care.server.audit.AuditLog;
import cn.huzhong.care.server.audit.AuditRepository;
import cn.huzhong.care.server.audit.AuditService;
import cn.huzhong.care.server.auth.AddressLimiter;
import cn.huzhong.care.server.indicators.IndicatorController;
import cn.huzhong.care.server.indicators.IndicatorRepository;
import cn.huzhong.care.server.indicators.IndicatorService;
import cn.huzhong.care.server.privacy.PersonalDataController;
import cn.huzhong.care.server.privacy.PersonalDataRepository;
import cn.huzhong.care.server.privacy.PersonalDataService;
import cn.huzhong.care.server.staff.StaffController;
import cn.huzhong.care.server.staff.StaffQueueService;
import cn.huzhong.care.server.tasks.TaskController;
import cn.huzhong.care.server.tasks.TaskService;
import cn.huzhong.care.server.volunteers.VolunteerController;
import cn.huzhong.care.server.volunteers.VolunteerRepository;
import cn.huzhong.care.server.volunteers.VolunteerService;
import cn.huzhong.care.server.bookings.BookingController;
import cn.huzhong.care.server.bookings.BookingReminders;
import cn.huzhong.care.server.bookings.BookingRepository;
import cn.huzhong.care.server.bookings.BookingService;
import cn.huzhong.care.server.messages.Inbox;
import cn.huzhong.care.server.messages.MessageController;
import cn.huzhong.care.server.messages.MessageRepository;
import cn.huzhong.care.server.messages.MessageService;
import cn.huzhong.care.server.requests.RequestController;
import cn.huzhong.care.server.requests.RequestRepository;
import cn.huzhong.care.server.requests.RequestService;
import cn.huzhong.care.server.texthotline.TextHotlineController;
import cn.huzhong.care.server.tasks.TaskRepository;
import cn.huzhong.care.server.texthotline.TextHotlineRepository;
import cn.huzhong.care.server.texthotline.TextHotlineService;
import cn.huzhong.care.server.auth.AccountRepository;
import cn.huzhong.care.server.auth.AuthController;
import cn.huzhong.care.server.auth.AuthService;
import cn.huzhong.care.server.auth.PasswordHasher;
import cn.huzhong.care.server.auth.SignInThrottleRepository;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.demo.DemoData;
import cn.huzhong.care.server.hotlines.HotlineController;
import cn.huzhong.care.server.http.ErrorMapping;
import cn.huzhong.care.server.http.GsonJsonMapper;
import cn.huzhong.care.server.http.Limits;
import cn.huzhong.care.server.http.NoMethodOverride;
import cn.huzhong.care.server.http.ProblemErrorHandler;
import cn.huzhong.care.server.http.RequestIds;
import cn.huzhong.care.server.http.RequestLog;
import cn.huzhong.care.server.metrics.Metrics;
import cn.huzhong.care.server.idempotency.Idempotency;
import cn.huzhong.care.server.idempotency.IdempotencyRepository;
import cn.huzhong.care.server.residents.Access;
import cn.huzhong.care.server.residents.ResidentController;
import cn.huzhong.care.server.residents.ResidentRepository;
import cn.huzhong.care.server.residents.ResidentService;
import cn.huzhong.care.server.subsidies.SubsidyController;
import cn.huzhong.care.server.subsidies.SubsidyRepository;
import cn.huzhong.care.server.subsidies.SubsidyService;
import io.javalin.Javalin;
import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server, wired: database (migrated), repositories, services, controllers and routes. Tests create it with
 * port 0 against a fresh SQLite file (or PostgreSQL); {@link ServerMain} and the app's embedded backend start it
 * the same way.
 */
public final class ServerApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerApp.class);

    private final ServerConfig config;
    private final Database db;
    private final Javalin javalin;
    private final List<DemoData.Account> demoAccounts;
    private final Housekeeping housekeeping;
    private final BookingReminders reminders;
    private final Metrics metrics;
    private ScheduledExecutorService scheduler;
    private Integer metricsPort;

    private ServerApp(ServerConfig config, Database db, Javalin javalin, List<DemoData.Account> demoAccounts,
                      Housekeeping housekeeping, BookingReminders reminders, Metrics metrics) {
        this.config = config;
        this.db = db;
        this.javalin = javalin;
        this.demoAccounts = demoAccounts;
        this.housekeeping = housekeeping;
        this.reminders = reminders;
        this.metrics = metrics;
    }

    public static ServerApp create(ServerConfig config) {
        if (config.databaseUrl().startsWith("jdbc:sqlite:")) {
            try {
                Files.createDirectories(config.dataDirectory());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create data directory " + config.dataDirectory(), e);
            }
        }
        Database db = Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword());
        Metrics metrics = config.metricsPort() == null ? null : new Metrics();
        try {
            PolicyTable policy = PolicyTable.standard();
            BenefitFinder finder = new BenefitFinder(policy, policy.defaultSwitches().withOverrides(config.policyOverrides()));
            PasswordHasher hasher = new PasswordHasher();
            AccountRepository accounts = new AccountRepository();
            ResidentRepository residents = new ResidentRepository();
            SubsidyRepository subsidies = new SubsidyRepository();
            AuditLog audit = new AuditLog();
            Access access = new Access(residents);
            Idempotency idempotency = new Idempotency(db, new IdempotencyRepository());

            AuthService auth = new AuthService(db, accounts, hasher, config.clock(), config.sessionTtl(), config.limits());
            // registration and one-time codes cost a password hash each: throttled per address like sign-in
            AddressLimiter publicForms = new AddressLimiter(config.limits().perAddressPerMinute(), config.clock());
            ResidentService residentService = new ResidentService(db, residents, access, audit, config.clock());
            MessageRepository messageRepository = new MessageRepository();
            Inbox inbox = new Inbox(messageRepository);
            RequestRepository requestRepository = new RequestRepository();
            TaskRepository taskRepository = new TaskRepository();
            BookingRepository bookingRepository = new BookingRepository();
            TextHotlineRepository hotlineRepository = new TextHotlineRepository();
            VolunteerRepository volunteerRepository = new VolunteerRepository();
            PersonalDataRepository personalDataRepository = new PersonalDataRepository();
            SubsidyService subsidyService = new SubsidyService(db, subsidies, residents, access, audit, idempotency,
                    policy, finder, inbox, config.clock());
            RequestService requestService = new RequestService(db, requestRepository, taskRepository, bookingRepository,
                    access, audit, inbox, idempotency, config.clock());
            BookingService bookingService = new BookingService(db, bookingRepository, access, audit, inbox, idempotency,
                    config.clock());
            TextHotlineService textHotline = new TextHotlineService(db, hotlineRepository, access, audit, inbox, idempotency,
                    config.clock());
            MessageService messages = new MessageService(db, messageRepository, config.clock());
            BookingReminders reminders = new BookingReminders(db, bookingRepository, inbox, config.clock());
            TaskService taskService = new TaskService(db, taskRepository, volunteerRepository, requestRepository, residents,
                    access, audit, inbox, idempotency, config.clock());
            VolunteerService volunteerService = new VolunteerService(db, accounts, volunteerRepository, taskRepository, hasher,
                    publicForms, audit, idempotency, config.clock());
            AccountService accountService = new AccountService(db, accounts, new OneTimeCodeRepository(), residents,
                    volunteerRepository, taskService, hasher, publicForms, auth.throttle(), access, audit, idempotency,
                    config.clock());
            PersonalDataService personalData = new PersonalDataService(db, personalDataRepository, residents, accounts,
                    hotlineRepository, messageRepository, requestRepository, taskRepository, subsidyService, requestService,
                    bookingService, textHotline, taskService, access, audit, inbox, idempotency, config.clock());
            StaffQueueService staffQueues = new StaffQueueService(db, requestRepository, subsidies, hotlineRepository,
                    taskRepository, volunteerRepository, personalDataRepository, config.clock());
            IndicatorService indicators = new IndicatorService(db, new IndicatorRepository(), finder, config.clock());
            AuditService auditService = new AuditService(db, new AuditRepository());

            List<DemoData.Account> demo = config.demo()
                    ? new DemoData(db, hasher, config.clock(), finder).seed()
                    : List.of();

            AuthController authController = new AuthController(auth, config.trustedProxies());
            Routes.Controllers controllers = new Routes.Controllers(new SystemController(db), authController,
                    new ResidentController(residentService), new SubsidyController(subsidyService), new HotlineController(),
                    new RequestController(requestService), new BookingController(bookingService),
                    new TextHotlineController(textHotline), new MessageController(messages),
                    new VolunteerController(volunteerService, authController::clientAddress), new TaskController(taskService),
                    new AccountController(accountService, authController::clientAddress),
                    new PersonalDataController(personalData), new StaffController(staffQueues),
                    new IndicatorController(indicators), new AuditController(auditService));
            if (metrics != null) {
                metrics.bindPool(db.dataSource());
            }
            Javalin javalin = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.http.maxRequestSize = Limits.MAX_BODY_BYTES;
                cfg.jsonMapper(new GsonJsonMapper());
                // Jetty's own errors (bad paths, huge headers) as problem+json too; no X-HTTP-Method-Override
                cfg.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
                cfg.jetty.modifyServletContextHandler(handler -> {
                    handler.setErrorHandler(new ProblemErrorHandler());
                    handler.addFilter(NoMethodOverride.class, "/*", EnumSet.of(DispatcherType.REQUEST));
                });
                cfg.routes.before(RequestIds::assign);
                cfg.requestLogger.http((ctx, ms) -> {
                    RequestLog.log(ctx, ms);
                    if (metrics != null) {
                        metrics.record(ctx, ms);
                    }
                });
                ErrorMapping.register(cfg);
                Routes.register(cfg, controllers);
            });
            return new ServerApp(config, db, javalin, demo,
                    new Housekeeping(db, accounts, new IdempotencyRepository(), new OneTimeCodeRepository(),
                            new SignInThrottleRepository(), config.clock()),
                    reminders, metrics);
        } catch (RuntimeException e) {
            if (metrics != null) {
                metrics.close();
            }
            db.close();
            throw e;
        }
    }

    /** Starts listening on the configured address and port. */
    public ServerApp start() {
        javalin.start(config.bindAddress(), config.port());
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "huzhong-housekeeping");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(housekeeping, 1, 60, TimeUnit.MINUTES);
        scheduler.scheduleWithFixedDelay(reminders, 0, 10, TimeUnit.MINUTES);
        LOG.info("Huzhong Care API on http://{}:{} ({})", config.bindAddress(), port(), config.safeDatabaseUrl());
        if (metrics != null) {
            metricsPort = metrics.start(config.metricsBind(), config.metricsPort());
            LOG.info("Prometheus metrics on http://{}:{}/metrics", config.metricsBind(), metricsPort);
        }
        return this;
    }

    /** The port of the metrics endpoint, or null when metrics are off. */
    public Integer metricsPort() {
        return metricsPort;
    }

    public int port() {
        return javalin.port();
    }

    public Database database() {
        return db;
    }

    public ServerConfig config() {
        return config;
    }

    /** The day-before booking reminders (run every 10 minutes; tests run them directly). */
    public BookingReminders reminders() {
        return reminders;
    }

    public List<DemoData.Account> demoAccounts() {
        return demoAccounts;
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        javalin.stop();
        if (metrics != null) {
            metrics.close();
        }
        db.close();
    }
}
