package cn.huzhong.care.bench;

import cn.huzhong.care.core.cert.CertificateNumber;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.BenefitPeriod;
import cn.huzhong.care.core.domain.DisabilityCategory;
import cn.huzhong.care.core.domain.DisabilityLevel;
import cn.huzhong.care.core.domain.HouseholdIncome;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.policy.Benefit;
import cn.huzhong.care.core.policy.PolicyTable;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.server.auth.PasswordHasher;
import cn.huzhong.care.server.auth.Tokens;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.db.Dialect;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeds a district of {@code residents} people for the benchmark, straight into the database through prepared
 * batches in large transactions (minutes for a million, not hours): households, residents with valid certificate
 * numbers, an account for every resident, carers, staff, subsidy applications in every step with their events and
 * monthly payment history, service requests with timelines, providers with past, current and benchmark slots,
 * bookings, text-hotline threads and inbox messages. Deterministic (fixed random seed).
 *
 * <p>A sample of residents get live sessions whose tokens are written to a file (token, resident id, a paid
 * subsidy of theirs, a request of theirs) for the load generator: signing a thousand people in through the API
 * would cost a thousand Argon2 hashes and measure nothing of interest.
 */
public final class Seed {
    /** Bump when the seeded data changes shape: an existing database with another version is seeded again. */
    public static final String VERSION = "3";
    public static final String META_KEY = "bench_seed";
    public static final int PROVIDERS = 40;
    /** The provider whose far-future slots the booking benchmark takes places in. */
    public static final long BENCH_PROVIDER = PROVIDERS + 1;
    public static final int BENCH_SLOTS = 2_000;
    public static final String PASSWORD = "bench-password";

    private static final String[] SURNAMES = {"刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
            "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾"};
    private static final String[] GIVEN = {"桂兰", "志刚", "秀英", "建华", "玉梅", "国庆", "淑珍", "海燕", "明辉", "丽娟", "永福",
            "春梅", "德胜", "晓东", "凤英", "宝山", "雪莲", "长青", "金花", "文博", "小龙", "佳怡", "子涵", "浩然", "秋菊",
            "振华", "红霞", "立新"};
    private static final String[] OFFICE_PHONES = {"0457-3512301", "0457-3512302", "0457-3512303", "0457-3512304"};
    private static final String[] OFFICERS = {"周敏", "吴芳", "郑强", "冯丽"};
    private static final String[] STREETS = {"兴安路", "林场街", "源江路", "北山街"};
    private static final BenefitKind[] KINDS = {BenefitKind.NURSING_SUBSIDY, BenefitKind.LIVING_SUBSIDY,
            BenefitKind.SUPPORTED_LIVING};
    private static final String[] DESCRIPTIONS = {"希望工作人员上门了解护理需求", "家里卫生间需要加装扶手", "想申请短期托养，家人要外出",
            "轮椅坏了，想问问怎么维修", "孩子需要康复训练，想预约时间"};

    private final int residents;
    private final int tokens;
    private final long now;
    private final LocalDate today;
    private final PolicyTable policy = PolicyTable.standard();
    private final SplittableRandom random = new SplittableRandom(20261118L);
    private final List<TokenRow> tokenRows = new ArrayList<>();
    private long rows;

    /** One signed-in resident for the load generator. */
    public record TokenRow(String token, long residentId, long subsidyId, long requestId) {
        String line() {
            return token + "," + residentId + "," + subsidyId + "," + requestId;
        }
    }

    public Seed(int residents, int tokens) {
        this.residents = residents;
        this.tokens = Math.min(tokens, residents);
        this.now = System.currentTimeMillis();
        this.today = Dates.day(now);
    }

    /** The seed marker of a database: "residents:version", or empty when it holds no benchmark seed. */
    public static Optional<String> marker(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM meta WHERE meta_key = ?")) {
            ps.setString(1, META_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty(); // no such database or no schema yet
        }
    }

    public static String markerFor(int residents) {
        return residents + ":" + VERSION;
    }

    /** Creates the schema (the server's migrations) and fills it; writes the tokens file. Returns rows written. */
    public long run(String url, String user, String password, Path tokensFile) throws SQLException, IOException {
        Dialect dialect = Dialect.of(url);
        try (Database db = Database.open(url, user, password)) {
            db.ping(); // migrated
        }
        String loadUrl = dialect == Dialect.POSTGRES ? url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true" : url;
        try (Connection c = DriverManager.getConnection(loadUrl, user, password)) {
            try (Statement s = c.createStatement()) {
                if (dialect == Dialect.SQLITE) {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=OFF");
                    s.execute("PRAGMA cache_size=-400000");
                    s.execute("PRAGMA temp_store=MEMORY");
                    s.execute("PRAGMA foreign_keys=OFF");
                } else {
                    s.execute("SET synchronous_commit = off");
                }
            }
            c.setAutoCommit(false);
            String hash = new PasswordHasher().hash(PASSWORD);
            long t0 = System.nanoTime();
            people(c, hash);
            log("people", t0);
            applications(c);
            log("applications", t0);
            requests(c);
            log("requests", t0);
            bookings(c);
            log("bookings", t0);
            hotlineAndInbox(c);
            log("hotline and inbox", t0);
            sessions(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO meta (meta_key, meta_value) VALUES (?, ?)")) {
                ps.setString(1, META_KEY);
                ps.setString(2, markerFor(residents));
                ps.executeUpdate();
            }
            c.commit();
            c.setAutoCommit(true);
            if (dialect == Dialect.POSTGRES) {
                fixSequences(c);
            }
            try (Statement s = c.createStatement()) {
                s.execute(dialect == Dialect.POSTGRES ? "VACUUM ANALYZE" : "ANALYZE");
                if (dialect == Dialect.SQLITE) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
            log("analyze", t0);
        }
        writeTokens(tokensFile);
        return rows;
    }

    private void log(String what, long t0) {
        System.out.printf("  seeded %-18s %,12d rows so far, %6.1f s%n", what, rows, (System.nanoTime() - t0) / 1e9);
    }

    /** Writes the tokens file again from an existing seed (the tokens are derived, not random). */
    public void writeTokens(Path file) throws IOException {
        if (tokenRows.isEmpty()) {
            for (int k = 0; k < tokens; k++) {
                long r = tokenResident(k);
                tokenRows.add(new TokenRow(token(k), r, firstApplicationId(r), firstRequestId(r)));
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (TokenRow t : tokenRows) {
                w.println(t.line());
            }
        }
    }

    // ---- who is who ----

    private long tokenResident(int k) {
        long step = Math.max(1, residents / tokens);
        return 1 + k * step;
    }

    private boolean isTokenResident(long r) {
        long step = Math.max(1, residents / tokens);
        return (r - 1) % step == 0 && (r - 1) / step < tokens;
    }

    static String token(int k) {
        return "bench-" + k + "-" + Tokens.sha256Hex("huzhong-bench:" + k).substring(0, 40);
    }

    private static long household(long r) {
        return r % 5 == 0 ? r - 1 : r; // every fifth person lives with the one before: two certified in one home
    }

    private static Town town(long r) {
        return Town.values()[(int) (household(r) % 4)];
    }

    private int applicationsOf(long r) {
        int n = 1;
        if (r % 3 == 0) {
            n++;
        }
        if (r % 7 == 0) {
            n++;
        }
        return n;
    }

    // application ids are dense and computable: prefix sums over residents would need a table; instead each
    // resident owns a block of 3 ids (some unused), so id = (r - 1) * 3 + k + 1
    private static long applicationId(long r, int k) {
        return (r - 1) * 3 + k + 1;
    }

    private long firstApplicationId(long r) {
        return applicationId(r, 0);
    }

    private static long requestId(long r, int k) {
        return (r - 1) * 3 + k + 1;
    }

    private int requestsOf(long r) {
        if (isTokenResident(r)) {
            return 3;
        }
        return r % 3 == 0 ? 1 : 0;
    }

    private long firstRequestId(long r) {
        return requestsOf(r) > 0 ? requestId(r, 0) : 0;
    }

    private long at(LocalDate day, int hour) {
        return day.atTime(hour, 30).atZone(Dates.ZONE).toInstant().toEpochMilli();
    }

    // ---- tables ----

    private void people(Connection c, String hash) throws SQLException {
        try (Batch h = new Batch(c, "INSERT INTO households (id, town, income, address, created_at) VALUES (?, ?, ?, ?, ?)");
             Batch rs = new Batch(c, "INSERT INTO residents (id, name, certificate_number, category, level, birth_date, town, "
                     + "household_id, phone, address, certificate_issued_on, certificate_expires_on, "
                     + "out_of_area_training_months, contact_name, contact_phone, contact_office, created_at) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", h);
             Batch ac = new Batch(c, "INSERT INTO accounts (id, phone, password_hash, role, display_name, status, town, "
                     + "staff_scope, resident_id, created_at) VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)", rs)) {
            LocalDate firstBirth = LocalDate.of(1940, 1, 1);
            for (long r = 1; r <= residents; r++) {
                Town town = town(r);
                int t = town.ordinal();
                String address = town.displayName(cn.huzhong.care.core.i18n.Lang.ZH) + STREETS[t] + (r % 997 + 1) + "号";
                if (household(r) == r) {
                    HouseholdIncome income = r % 10 < 2 ? HouseholdIncome.DIBAO
                            : r % 10 == 2 ? HouseholdIncome.NEAR_DIBAO : HouseholdIncome.REGULAR;
                    h.add(r, town, income, address, now);
                }
                LocalDate birth = firstBirth.plusDays(r % 29_200);
                int sequence = (int) ((r / 29_200) % 1000);
                DisabilityCategory category = DisabilityCategory.values()[(int) (r % 7)];
                DisabilityLevel level = DisabilityLevel.values()[(int) ((r / 7) % 4)];
                String cert = CertificateNumber.of(Town.DISTRICT_CODE + birth.toString().replace("-", "")
                        + String.format("%03d", sequence), category, level).value();
                String name = SURNAMES[(int) (r % SURNAMES.length)] + GIVEN[(int) ((r / SURNAMES.length) % GIVEN.length)];
                LocalDate issued = today.minusDays(30 + r % 3000);
                String phone = "13" + String.format("%09d", r);
                rs.add(r, name, cert, category.code(), level.code(), birth.toString(), town, household(r), phone, address,
                        issued.toString(), issued.plusYears(10).toString(), (int) (r % 53 == 0 ? 6 : 0), OFFICERS[t],
                        OFFICE_PHONES[t], null, now);
                ac.add(r, phone, hash, "RESIDENT", name, town, null, r, now);
            }
            rows += h.rows() + rs.rows() + ac.rows();
        }
        c.commit();
        // carers (each acts for two people) and staff
        long carers = residents / 50;
        try (Batch ac = new Batch(c, "INSERT INTO accounts (id, phone, password_hash, role, display_name, status, town, "
                + "staff_scope, resident_id, created_at) VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)");
             Batch links = new Batch(c, "INSERT INTO carer_links (carer_account_id, resident_id, relationship, created_by, "
                     + "created_at) VALUES (?, ?, ?, ?, ?)", ac)) {
            for (long k = 1; k <= carers; k++) {
                long id = residents + k;
                ac.add(id, "15" + String.format("%09d", k), hash, "CARER", "家属" + k, town(k * 50), null, null, now);
                links.add(id, (k - 1) * 50 + 2, "PARENT", null, now);
                links.add(id, (k - 1) * 50 + 4, "CHILD", null, now);
            }
            long staff = residents + carers;
            for (int t = 0; t < 4; t++) {
                ac.add(staff + 1 + t, "1890000030" + (t + 1), hash, "STAFF", OFFICERS[t], Town.values()[t], "TOWN", null, now);
            }
            ac.add(staff + 5, "18900000399", hash, "STAFF", "钱卫东", null, "DISTRICT", null, now);
            rows += ac.rows() + links.rows();
        }
        c.commit();
    }

    private ApplicationStep step(long r, int k) {
        if (k == 0 && isTokenResident(r)) {
            return ApplicationStep.PAYING;
        }
        int x = random.nextInt(100);
        if (x < 45) {
            return ApplicationStep.PAYING;
        }
        if (x < 53) {
            return ApplicationStep.SUBMITTED;
        }
        if (x < 61) {
            return ApplicationStep.TOWN_REVIEW;
        }
        if (x < 69) {
            return ApplicationStep.FEDERATION_REVIEW;
        }
        if (x < 76) {
            return ApplicationStep.CIVIL_AFFAIRS_DECISION;
        }
        if (x < 82) {
            return ApplicationStep.PUBLIC_NOTICE;
        }
        return x < 94 ? ApplicationStep.REJECTED : ApplicationStep.SUSPENDED;
    }

    private void applications(Connection c) throws SQLException {
        long staffBase = residents + residents / 50;
        try (Batch apps = new Batch(c, "INSERT INTO applications (id, resident_id, household_id, town, kind, step, amount_fen, "
                + "period, submitted_at, step_since, reason, note, applied_by, next_review_on, active_key, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch events = new Batch(c, "INSERT INTO application_events (application_id, step, at, actor_account_id, "
                     + "actor_kind, note) VALUES (?, ?, ?, ?, ?, ?)", apps);
             Batch pays = new Batch(c, "INSERT INTO payments (application_id, period, amount_fen, paid_on, recorded_by, "
                     + "created_at) VALUES (?, ?, ?, ?, ?, ?)", apps)) {
            for (long r = 1; r <= residents; r++) {
                Town town = town(r);
                long townStaff = staffBase + 1 + town.ordinal();
                for (int k = 0; k < applicationsOf(r); k++) {
                    BenefitKind kind = KINDS[(int) ((r + k) % KINDS.length)];
                    Benefit benefit = policy.benefit(kind, today).orElseThrow();
                    ApplicationStep state = step(r, k);
                    boolean paid = state == ApplicationStep.PAYING || state == ApplicationStep.SUSPENDED;
                    List<ApplicationStep> steps = new ArrayList<>();
                    switch (state) {
                        case REJECTED -> {
                            steps.addAll(ApplicationStep.PATH.subList(0, 3));
                            steps.add(ApplicationStep.REJECTED);
                        }
                        case SUSPENDED -> {
                            steps.addAll(ApplicationStep.PATH);
                            steps.add(ApplicationStep.SUSPENDED);
                        }
                        default -> steps.addAll(ApplicationStep.PATH.subList(0, ApplicationStep.PATH.indexOf(state) + 1));
                    }
                    int months = 3 + random.nextInt(22);
                    LocalDate submitted = paid ? today.minusMonths(months).withDayOfMonth(3)
                            : today.minusDays(3L * steps.size() + random.nextInt(5));
                    long id = applicationId(r, k);
                    String reason = state == ApplicationStep.REJECTED ? "残疾等级复核结果不符合条件"
                            : state == ApplicationStep.SUSPENDED ? "年度复核材料未按时提交" : null;
                    LocalDate last = submitted.plusDays(3L * (steps.size() - 1));
                    String activeKey = state == ApplicationStep.REJECTED ? null : "r" + r + ":" + kind;
                    LocalDate nextReview = paid ? today.plusDays(1 + r % 300) : null;
                    apps.add(id, r, household(r), town, kind, state, benefit.amountFen(), benefit.period(),
                            at(submitted, 9), at(last, 10), reason, null, r, nextReview == null ? null : nextReview.toString(),
                            activeKey, at(last, 10));
                    for (int i = 0; i < steps.size(); i++) {
                        ApplicationStep s = steps.get(i);
                        boolean district = s.ordinal() > ApplicationStep.FEDERATION_REVIEW.ordinal();
                        events.add(id, s, at(submitted.plusDays(3L * i), 9 + i % 6), i == 0 ? r : district ? staffBase + 5
                                : townStaff, i == 0 ? "SELF" : district ? "DISTRICT" : "TOWN",
                                s == ApplicationStep.REJECTED || s == ApplicationStep.SUSPENDED ? reason : null);
                    }
                    if (paid) {
                        YearMonth stop = state == ApplicationStep.SUSPENDED ? YearMonth.from(today).minusMonths(2)
                                : YearMonth.from(today).minusMonths(today.getDayOfMonth() > 8 ? 0 : 1);
                        int stepMonths = benefit.period() == BenefitPeriod.MONTHLY ? 1 : 12;
                        for (YearMonth m = YearMonth.from(submitted); !m.isAfter(stop); m = m.plusMonths(stepMonths)) {
                            pays.add(id, m.toString(), benefit.amountFen(), m.atDay(8).toString(), staffBase + 5, now);
                            if (benefit.period() == BenefitPeriod.ONE_OFF) {
                                break;
                            }
                        }
                    }
                }
                if (r % 100_000 == 0) {
                    c.commit();
                }
            }
            rows += apps.rows() + events.rows() + pays.rows();
        }
        c.commit();
    }

    private void requests(Connection c) throws SQLException {
        long staffBase = residents + residents / 50;
        String[] statuses = {"SUBMITTED", "ACCEPTED", "PLANNED", "COMPLETED", "FOLLOWED_UP", "CANCELLED"};
        try (Batch reqs = new Batch(c, "INSERT INTO service_requests (id, resident_id, town, type, status, description, "
                + "preferred_date, contact_phone, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch events = new Batch(c, "INSERT INTO request_events (request_id, status, at, actor_account_id, actor_kind, "
                     + "note) VALUES (?, ?, ?, ?, ?, ?)", reqs)) {
            for (long r = 1; r <= residents; r++) {
                Town town = town(r);
                for (int k = 0; k < requestsOf(r); k++) {
                    long id = requestId(r, k);
                    String status = statuses[random.nextInt(statuses.length)];
                    boolean visit = (r + k) % 2 == 0;
                    long created = now - (long) (1 + random.nextInt(200)) * 86_400_000L;
                    reqs.add(id, r, town, visit ? "HOME_VISIT" : "OTHER", status, DESCRIPTIONS[(int) ((r + k) % DESCRIPTIONS.length)],
                            visit ? today.plusDays(3).toString() : null, null, r, created, created + 86_400_000L);
                    events.add(id, "SUBMITTED", created, r, "SELF", null);
                    if (!status.equals("SUBMITTED")) {
                        events.add(id, status, created + 86_400_000L, staffBase + 1 + town.ordinal(),
                                status.equals("CANCELLED") || status.equals("FOLLOWED_UP") ? "SELF" : "TOWN", null);
                    }
                }
                if (r % 200_000 == 0) {
                    c.commit();
                }
            }
            rows += reqs.rows() + events.rows();
        }
        c.commit();
    }

    private static boolean workday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private long slotStart(LocalDate day, int hour) {
        return ZonedDateTime.of(day.atTime(hour, 0), Dates.ZONE).toInstant().toEpochMilli();
    }

    private void bookings(Connection c) throws SQLException {
        try (Batch p = new Batch(c, "INSERT INTO providers (id, name, town, address, accessibility_notes, phone, services, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= PROVIDERS; i++) {
                Town t = Town.values()[i % 4];
                p.add(i, t.displayName(cn.huzhong.care.core.i18n.Lang.ZH) + "康复站" + i, t, STREETS[t.ordinal()] + i + "号",
                        "一楼，有坡道，无障碍卫生间", "0457-35" + String.format("%05d", i), "REHABILITATION,DEVICE_FITTING", now);
            }
            p.add(BENCH_PROVIDER, "压测康复中心", Town.HUZHONG, "兴安路1号", "一楼", "0457-3500000", "REHABILITATION", now);
            rows += p.rows();
        }
        // past slots (for past bookings), the next four weeks (what people browse), far-future benchmark slots
        List<long[]> past = new ArrayList<>();
        long slotId = 0;
        long bookings = residents / 10;
        int pastCapacity = 8;
        try (Batch s = new Batch(c, "INSERT INTO slots (id, provider_id, service, starts_at, ends_at, capacity, booked, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             Batch b = new Batch(c, "INSERT INTO bookings (slot_id, resident_id, status, starts_at, ends_at, device_kind, "
                     + "wheelchair_loan, note, booked_by, booked_by_kind, created_at, updated_at, cancelled_at) "
                     + "VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, ?, 'SELF', ?, ?, ?)")) {
            int pastDays = (int) Math.max(5, Math.min(200, bookings / (PROVIDERS * 8L * pastCapacity / 2) * 7 / 5 + 5));
            for (LocalDate d = today.minusDays(pastDays); d.isBefore(today); d = d.plusDays(1)) {
                if (!workday(d)) {
                    continue;
                }
                for (int pr = 1; pr <= PROVIDERS; pr++) {
                    for (int h = 8; h < 16; h++) {
                        past.add(new long[]{++slotId, pr, slotStart(d, h), 0});
                    }
                }
            }
            List<long[]> taken = new ArrayList<>(); // booking: slot index, resident
            for (long k = 0; k < bookings; k++) {
                int index = (int) (k % past.size());
                long[] slot = past.get(index);
                if (slot[3] >= pastCapacity) {
                    continue;
                }
                slot[3]++;
                taken.add(new long[]{index, k * 10 + 1, k});
            }
            for (long[] slot : past) {
                s.add(slot[0], slot[1], slot[1] % 3 == 0 ? "DEVICE_FITTING" : "REHABILITATION", slot[2],
                        slot[2] + 3_600_000L, pastCapacity, slot[3], now);
            }
            s.flush();
            for (long[] t : taken) {
                long[] slot = past.get((int) t[0]);
                long r = t[1];
                boolean cancelled = t[2] % 10 == 3;
                b.add(slot[0], r, cancelled ? "CANCELLED" : "BOOKED", slot[2], slot[2] + 3_600_000L, false, r,
                        slot[2] - 7 * 86_400_000L, slot[2] - 86_400_000L, cancelled ? slot[2] - 86_400_000L : null);
            }
            for (LocalDate d = today.plusDays(1); d.isBefore(today.plusDays(29)); d = d.plusDays(1)) {
                if (!workday(d)) {
                    continue;
                }
                for (int pr = 1; pr <= PROVIDERS; pr++) {
                    for (int h = 8; h < 16; h++) {
                        long id = ++slotId;
                        // a few places already taken, some slots full
                        int booked = (int) ((id * 7) % 5);
                        s.add(id, pr, "REHABILITATION", slotStart(d, h), slotStart(d, h) + 2_700_000L, 4, booked, now);
                    }
                }
            }
            long benchStart = slotStart(today.plusDays(40), 0);
            for (int i = 0; i < BENCH_SLOTS; i++) {
                long start = benchStart + i * 3_600_000L;
                s.add(++slotId, BENCH_PROVIDER, "REHABILITATION", start, start + 3_600_000L, 1_000_000, 0, now);
            }
            rows += s.rows() + b.rows();
        }
        c.commit();
    }

    private void hotlineAndInbox(Connection c) throws SQLException {
        long staffBase = residents + residents / 50;
        try (Batch th = new Batch(c, "INSERT INTO hotline_threads (id, resident_id, town, topic, status, created_by, "
                + "created_at, last_message_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             Batch hm = new Batch(c, "INSERT INTO hotline_messages (thread_id, author_account_id, author_kind, body, "
                     + "created_at) VALUES (?, ?, ?, ?, ?)", th);
             Batch in = new Batch(c, "INSERT INTO inbox_messages (account_id, resident_id, kind, message_key, args, link_id, "
                     + "dedupe_key, created_at, read_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)")) {
            long thread = 0;
            for (long r = 1; r <= residents; r++) {
                Town town = town(r);
                if (r % 20 == 0) {
                    long created = now - (r % 90 + 1) * 86_400_000L;
                    boolean answered = r % 40 == 0;
                    th.add(++thread, r, town, "SUBSIDY", answered ? "ANSWERED" : "OPEN", r, created,
                            created + (answered ? 3_600_000L : 0));
                    hm.add(thread, r, "SELF", "请问护理补贴每个月几号发放？", created);
                    if (answered) {
                        hm.add(thread, staffBase + 1 + town.ordinal(), "TOWN", "每月10日前发放到社保卡。", created + 3_600_000L);
                    }
                }
                long t0 = now - (r % 60 + 3) * 86_400_000L;
                BenefitKind kind = KINDS[(int) (r % KINDS.length)];
                in.add(r, r, "SUBSIDY_STATUS", "subsidy.status", "[\"@benefitKind." + kind + "\",\"@step.PAYING.title\"]",
                        applicationId(r, 0), t0, t0 + 3_600_000L);
                if (requestsOf(r) > 0) {
                    in.add(r, r, "REQUEST_STATUS", "request.received", "[\"@requestType.OTHER\"]", requestId(r, 0),
                            t0 + 86_400_000L, r % 2 == 0 ? t0 + 90_000_000L : null);
                }
                in.add(r, r, "SUBSIDY_STATUS", "subsidy.status", "[\"@benefitKind." + kind + "\",\"@step.TOWN_REVIEW.title\"]",
                        applicationId(r, 0), t0 + 2 * 86_400_000L, null);
                if (r % 200_000 == 0) {
                    c.commit();
                }
            }
            rows += th.rows() + hm.rows() + in.rows();
        }
        c.commit();
    }

    private void sessions(Connection c) throws SQLException {
        try (Batch s = new Batch(c, "INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
            for (int k = 0; k < tokens; k++) {
                long r = tokenResident(k);
                s.add(Tokens.sha256Hex(token(k)), r, now, now + 365L * 86_400_000L);
                tokenRows.add(new TokenRow(token(k), r, firstApplicationId(r), firstRequestId(r)));
            }
            rows += s.rows();
        }
    }

    private static void fixSequences(Connection c) throws SQLException {
        for (String t : List.of("households", "residents", "accounts", "applications", "application_events", "payments",
                "service_requests", "request_events", "providers", "slots", "bookings", "hotline_threads",
                "hotline_messages", "inbox_messages")) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + t + "', 'id'), COALESCE((SELECT MAX(id) FROM " + t
                        + "), 0) + 1, false)");
            }
        }
    }

    /**
     * A prepared statement filled in batches of 2,000 rows. The batches of the rows it refers to ({@code parents})
     * are sent first, so foreign keys hold at every statement (PostgreSQL checks them there).
     */
    private static final class Batch implements AutoCloseable {
        private final PreparedStatement ps;
        private final Batch[] parents;
        private int pending;
        private long rows;

        Batch(Connection c, String sql, Batch... parents) throws SQLException {
            this.ps = c.prepareStatement(sql);
            this.parents = parents;
        }

        void add(Object... params) throws SQLException {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else if (p instanceof Enum<?> e) {
                    ps.setString(i + 1, e.name());
                } else if (p instanceof Boolean b) {
                    ps.setBoolean(i + 1, b);
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            ps.addBatch();
            rows++;
            if (++pending >= 2_000) {
                flush();
            }
        }

        long rows() {
            return rows;
        }

        void flush() throws SQLException {
            for (Batch p : parents) {
                p.flush();
            }
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                ps.close();
            }
        }
    }
}
