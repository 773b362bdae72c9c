package cn.huzhong.care.server.demo;

import cn.huzhong.care.core.cert.CertificateNumber;
import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.ApplicationStep;
import cn.huzhong.care.core.domain.BenefitKind;
import cn.huzhong.care.core.domain.BenefitPeriod;
import cn.huzhong.care.core.domain.DisabilityCategory;
import cn.huzhong.care.core.domain.DisabilityLevel;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.HouseholdIncome;
import cn.huzhong.care.core.domain.Relationship;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.StaffScope;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.policy.Benefit;
import cn.huzhong.care.core.policy.BenefitFinder;
import cn.huzhong.care.core.policy.BenefitMatch;
import cn.huzhong.care.core.policy.PersonRecord;
import cn.huzhong.care.core.time.Dates;
import cn.huzhong.care.server.auth.AccountRepository;
import cn.huzhong.care.server.auth.PasswordHasher;
import cn.huzhong.care.server.db.Database;
import cn.huzhong.care.server.db.MetaRepository;
import cn.huzhong.care.server.indicators.IndicatorRepository;
import cn.huzhong.care.server.residents.ActorKind;
import cn.huzhong.care.server.residents.ResidentRepository;
import cn.huzhong.care.server.subsidies.SubsidyRepository;
import cn.huzhong.care.server.volunteers.VolunteerRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The synthetic demo district (SPEC section 6): all four towns, residents of every category and level with
 * valid certificate numbers (district code 232764, fictitious people), households with and without 低保,
 * applications in every state with payment history, staff of each town and of the district, carers and
 * volunteers. Seeding is idempotent: a marker row claimed in the same transaction makes a second run (or a
 * second server starting at the same time) do nothing.
 */
public final class DemoData {
    /** The password of every demo account. */
    public static final String PASSWORD = "demo1234";
    private static final String MARKER = "demo_seeded";

    /** A demo account, as printed at start and listed on the app's sign-in screen in demo mode. */
    public record Account(String phone, Role role, String name, String zh, String en) {
        public String line() {
            return phone + "  " + PASSWORD + "  " + zh + " / " + en;
        }

        public String describe(Lang lang) {
            return lang == Lang.EN ? en : zh;
        }
    }

    private final Database db;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final BenefitFinder finder;
    private final AccountRepository accounts = new AccountRepository();
    private final ResidentRepository residents = new ResidentRepository();
    private final SubsidyRepository subsidies = new SubsidyRepository();
    private final VolunteerRepository volunteers = new VolunteerRepository();

    private final Map<Town, Long> townStaff = new EnumMap<>(Town.class);
    private final Map<String, Long> people = new java.util.HashMap<>();
    private final Map<String, Long> accountIds = new java.util.HashMap<>();
    private long districtStaff;
    private LocalDate today;
    private long now;
    private String passwordHash;

    public DemoData(Database db, PasswordHasher hasher, Clock clock, BenefitFinder finder) {
        this.db = db;
        this.hasher = hasher;
        this.clock = clock;
        this.finder = finder;
    }

    /** The accounts that exist after seeding (whether this call seeded or an earlier one did). */
    public static List<Account> accounts() {
        List<Account> list = new ArrayList<>();
        list.add(new Account("13900000001", Role.RESIDENT, "王秀兰", "居民 王秀兰（呼中镇，肢体一级，低保，两项补贴发放中）",
                "resident Wang Xiulan (Huzhong, physical level 1, on 低保, both subsidies paid)"));
        list.add(new Account("13900000002", Role.RESIDENT, "李建国", "居民 李建国（碧水镇，视力二级，读屏用户）",
                "resident Li Jianguo (Bishui, vision level 2, screen-reader user)"));
        list.add(new Account("13900000003", Role.RESIDENT, "赵小梅", "居民 赵小梅（呼源镇，听力二级，用文字热线）",
                "resident Zhao Xiaomei (Huyuan, hearing level 2, uses the text hotline)"));
        list.add(new Account("13900000004", Role.RESIDENT, "孙志强", "居民 孙志强（宏伟镇，精神三级，护理补贴已暂停）",
                "resident Sun Zhiqiang (Hongwei, mental level 3, nursing subsidy suspended)"));
        list.add(new Account("13900000101", Role.CARER, "张丽", "家属 张丽（为儿子刘洋和父亲张德福代办）",
                "carer Zhang Li (acts for her son Liu Yang and her father Zhang Defu)"));
        list.add(new Account("13900000102", Role.CARER, "陈刚", "家属 陈刚（为妻子赵小梅代办）",
                "carer Chen Gang (acts for his wife Zhao Xiaomei)"));
        list.add(new Account("13900000201", Role.VOLUNTEER, "林志远", "志愿者 林志远（已认证，呼中镇）",
                "volunteer Lin Zhiyuan (verified, Huzhong)"));
        list.add(new Account("13900000202", Role.VOLUNTEER, "黄小燕", "志愿者 黄小燕（待审核）",
                "volunteer Huang Xiaoyan (waiting for verification)"));
        list.add(new Account("13900000301", Role.STAFF, "周敏", "工作人员 周敏（呼中镇）", "staff Zhou Min (Huzhong Town)"));
        list.add(new Account("13900000302", Role.STAFF, "吴芳", "工作人员 吴芳（碧水镇）", "staff Wu Fang (Bishui Town)"));
        list.add(new Account("13900000303", Role.STAFF, "郑强", "工作人员 郑强（呼源镇）", "staff Zheng Qiang (Huyuan Town)"));
        list.add(new Account("13900000304", Role.STAFF, "冯丽", "工作人员 冯丽（宏伟镇）", "staff Feng Li (Hongwei Town)"));
        list.add(new Account("13900000399", Role.STAFF, "钱卫东", "区残联 钱卫东（全区四镇）",
                "district federation Qian Weidong (all four towns)"));
        return list;
    }

    /** Seeds once. Returns the demo accounts either way. */
    public List<Account> seed() {
        this.now = clock.millis();
        this.today = LocalDate.now(clock.withZone(Dates.ZONE));
        db.tx(c -> {
            if (new MetaRepository().claim(c, MARKER, today.toString())) {
                // one hash for all (they share the public demo password), and only when seeding: not at every start
                this.passwordHash = hasher.hash(PASSWORD);
                seed(c);
            }
            return null;
        });
        return accounts();
    }

    private void seed(Connection c) throws SQLException {
        staff(c);
        personas(c);
        district(c);
        cohort(c);
        new DemoServices(c, now, today, people, accountIds, townStaff, districtStaff).seed();
        new DemoHelp(c, now, today, people, accountIds, townStaff, finder, passwordHash).seed();
    }

    // ---- people ----

    private void staff(Connection c) throws SQLException {
        String[][] people = {{"13900000301", "周敏"}, {"13900000302", "吴芳"}, {"13900000303", "郑强"}, {"13900000304", "冯丽"}};
        Town[] towns = Town.values();
        for (int i = 0; i < towns.length; i++) {
            long id = accounts.insert(c, people[i][0], passwordHash, Role.STAFF, people[i][1], AccountStatus.ACTIVE, towns[i],
                    StaffScope.TOWN, null, now);
            // residents see and call the office's work number, never the mobile the officer signs in with
            accounts.setWorkPhone(c, id, CONTACTS.get(towns[i])[1]);
            townStaff.put(towns[i], id);
        }
        districtStaff = accounts.insert(c, "13900000399", passwordHash, Role.STAFF, "钱卫东", AccountStatus.ACTIVE, null,
                StaffScope.DISTRICT, null, now);
        long lin = accounts.insert(c, "13900000201", passwordHash, Role.VOLUNTEER, "林志远", AccountStatus.ACTIVE, Town.HUZHONG,
                null, null, now);
        volunteers.insertProfile(c, lin, List.of(Town.HUZHONG, Town.HUYUAN), List.of(HelpKind.HOME_VISIT,
                HelpKind.HOSPITAL_ACCOMPANIMENT, HelpKind.SHOPPING, HelpKind.SNOW_CLEARING), now - 90L * 86_400_000L);
        volunteers.markVerified(c, lin, townStaff.get(Town.HUZHONG), now - 88L * 86_400_000L);
        accountIds.put("13900000201", lin);
        long huang = accounts.insert(c, "13900000202", passwordHash, Role.VOLUNTEER, "黄小燕", AccountStatus.PENDING, Town.BISHUI,
                null, null, now);
        volunteers.insertProfile(c, huang, List.of(Town.BISHUI), List.of(HelpKind.READING, HelpKind.HOME_VISIT), now - 86_400_000L);
        accountIds.put("13900000202", huang);
    }

    /** Each town's officer and the office's public work number (area code 0457), apart from their sign-in mobile. */
    private static final Map<Town, String[]> CONTACTS = Map.of(
            Town.HUZHONG, new String[]{"周敏", "0457-3512301"},
            Town.BISHUI, new String[]{"吴芳", "0457-3512302"},
            Town.HUYUAN, new String[]{"郑强", "0457-3512303"},
            Town.HONGWEI, new String[]{"冯丽", "0457-3512304"});

    private static final Map<Town, String> STREETS = Map.of(
            Town.HUZHONG, "呼中镇兴安路", Town.BISHUI, "碧水镇林场街", Town.HUYUAN, "呼源镇源江路", Town.HONGWEI, "宏伟镇北山街");

    private long household(Connection c, Town town, HouseholdIncome income, int number) throws SQLException {
        return residents.insertHousehold(c, town, income, STREETS.get(town) + number + "号", now);
    }

    /** Inserts a resident with a valid certificate number built from the birth date and a sequence number. */
    private long resident(Connection c, String name, LocalDate birth, int sequence, DisabilityCategory category,
                          DisabilityLevel level, Town town, long householdId, String phone, int trainingMonths)
            throws SQLException {
        String body = Town.DISTRICT_CODE + birth.toString().replace("-", "") + String.format("%03d", sequence % 1000);
        CertificateNumber cert = CertificateNumber.of(body, category, level);
        LocalDate issued = today.minusYears(2).minusDays(sequence * 7L % 300);
        String[] contact = CONTACTS.get(town);
        String address = residents.householdAddress(c, householdId).orElse(null);
        long id = residents.insert(c, name, cert.value(), category, level, birth, town, householdId, phone, address, issued,
                issued.plusYears(10), trainingMonths, contact[0], contact[1], null, now);
        people.put(name, id);
        return id;
    }

    private long residentAccount(Connection c, String phone, String name, long residentId, Town town) throws SQLException {
        long id = accounts.insert(c, phone, passwordHash, Role.RESIDENT, name, AccountStatus.ACTIVE, town, null, residentId, now);
        accountIds.put(phone, id);
        return id;
    }

    /** The named people of the demo: the ones with accounts, and the people their carers act for. */
    private void personas(Connection c) throws SQLException {
        // 王秀兰: 低保 household with her husband, both certified; both subsidies paid; home modification in review
        long wangHome = household(c, Town.HUZHONG, HouseholdIncome.DIBAO, 12);
        long wang = resident(c, "王秀兰", LocalDate.of(1958, 3, 12), 21, DisabilityCategory.PHYSICAL,
                DisabilityLevel.LEVEL_1, Town.HUZHONG, wangHome, "13900000001", 0);
        resident(c, "王德明", LocalDate.of(1955, 9, 30), 13, DisabilityCategory.PHYSICAL, DisabilityLevel.LEVEL_3,
                Town.HUZHONG, wangHome, null, 0);
        long wangAccount = residentAccount(c, "13900000001", "王秀兰", wang, Town.HUZHONG);
        application(c, wang, wangHome, Town.HUZHONG, BenefitKind.LIVING_SUBSIDY, ApplicationStep.PAYING, 32, wangAccount,
                ActorKind.SELF, null);
        application(c, wang, wangHome, Town.HUZHONG, BenefitKind.NURSING_SUBSIDY, ApplicationStep.PAYING, 32, wangAccount,
                ActorKind.SELF, null);
        application(c, wang, wangHome, Town.HUZHONG, BenefitKind.HOME_MODIFICATION, ApplicationStep.FEDERATION_REVIEW, 0,
                wangAccount, ActorKind.SELF, null);

        // 李建国: blind, not on 低保; nursing subsidy paid, living subsidy rejected with a reason
        long liHome = household(c, Town.BISHUI, HouseholdIncome.REGULAR, 8);
        long li = resident(c, "李建国", LocalDate.of(1975, 8, 20), 35, DisabilityCategory.VISION, DisabilityLevel.LEVEL_2,
                Town.BISHUI, liHome, "13900000002", 0);
        long liAccount = residentAccount(c, "13900000002", "李建国", li, Town.BISHUI);
        application(c, li, liHome, Town.BISHUI, BenefitKind.NURSING_SUBSIDY, ApplicationStep.PAYING, 46, liAccount,
                ActorKind.SELF, null);
        application(c, li, liHome, Town.BISHUI, BenefitKind.LIVING_SUBSIDY, ApplicationStep.REJECTED, 3, liAccount,
                ActorKind.SELF, "家庭不是低保家庭，暂不符合生活补贴条件；如家庭情况变化可重新申请");

        // 赵小梅: deaf, just above the 低保 line; nursing subsidy waiting for the civil-affairs decision
        long zhaoHome = household(c, Town.HUYUAN, HouseholdIncome.NEAR_DIBAO, 3);
        long zhao = resident(c, "赵小梅", LocalDate.of(1990, 11, 2), 46, DisabilityCategory.HEARING,
                DisabilityLevel.LEVEL_2, Town.HUYUAN, zhaoHome, "13900000003", 0);
        long zhaoAccount = residentAccount(c, "13900000003", "赵小梅", zhao, Town.HUYUAN);
        application(c, zhao, zhaoHome, Town.HUYUAN, BenefitKind.NURSING_SUBSIDY, ApplicationStep.CIVIL_AFFAIRS_DECISION,
                0, zhaoAccount, ActorKind.SELF, null);

        // 孙志强: mental level 3 (the plan's extension); living subsidy paid, nursing subsidy suspended
        long sunHome = household(c, Town.HONGWEI, HouseholdIncome.DIBAO, 27);
        long sun = resident(c, "孙志强", LocalDate.of(1985, 4, 18), 57, DisabilityCategory.MENTAL,
                DisabilityLevel.LEVEL_3, Town.HONGWEI, sunHome, "13900000004", 0);
        long sunAccount = residentAccount(c, "13900000004", "孙志强", sun, Town.HONGWEI);
        application(c, sun, sunHome, Town.HONGWEI, BenefitKind.LIVING_SUBSIDY, ApplicationStep.PAYING, 20, sunAccount,
                ActorKind.SELF, null);
        application(c, sun, sunHome, Town.HONGWEI, BenefitKind.NURSING_SUBSIDY, ApplicationStep.SUSPENDED, 20, sunAccount,
                ActorKind.SELF, "年度复核材料未按时提交，请带身份证到镇办事处补交");

        // 张丽 (carer) acts for her son 刘洋 (9, in a 低保 household with his grandmother) and her father 张德福
        long liuHome = household(c, Town.HUZHONG, HouseholdIncome.DIBAO, 45);
        long liuYang = resident(c, "刘洋", today.minusYears(9).minusDays(172), 68, DisabilityCategory.INTELLECTUAL,
                DisabilityLevel.LEVEL_2, Town.HUZHONG, liuHome, null, 11);
        resident(c, "刘桂芝", LocalDate.of(1950, 2, 14), 24, DisabilityCategory.PHYSICAL, DisabilityLevel.LEVEL_2,
                Town.HUZHONG, liuHome, null, 0);
        long zhangHome = household(c, Town.BISHUI, HouseholdIncome.REGULAR, 19);
        long zhangDefu = resident(c, "张德福", LocalDate.of(1948, 1, 25), 15, DisabilityCategory.VISION,
                DisabilityLevel.LEVEL_1, Town.BISHUI, zhangHome, null, 0);
        long zhangLi = accounts.insert(c, "13900000101", passwordHash, Role.CARER, "张丽", AccountStatus.ACTIVE,
                Town.HUZHONG, null, null, now);
        accountIds.put("13900000101", zhangLi);
        residents.insertLink(c, zhangLi, liuYang, Relationship.MOTHER, townStaff.get(Town.HUZHONG), now);
        residents.insertLink(c, zhangLi, zhangDefu, Relationship.DAUGHTER, townStaff.get(Town.BISHUI), now);
        application(c, liuYang, liuHome, Town.HUZHONG, BenefitKind.CHILD_REHABILITATION_AID, ApplicationStep.PAYING, 22,
                zhangLi, ActorKind.CARER, null);
        application(c, liuYang, liuHome, Town.HUZHONG, BenefitKind.OUT_OF_AREA_REHAB_ALLOWANCE,
                ApplicationStep.PUBLIC_NOTICE, 0, zhangLi, ActorKind.CARER, null);
        application(c, zhangDefu, zhangHome, Town.BISHUI, BenefitKind.NURSING_SUBSIDY, ApplicationStep.TOWN_REVIEW, 0,
                zhangLi, ActorKind.CARER, null);

        // 陈刚 (carer) acts for his wife 赵小梅
        long chen = accounts.insert(c, "13900000102", passwordHash, Role.CARER, "陈刚", AccountStatus.ACTIVE, Town.HUYUAN,
                null, null, now);
        residents.insertLink(c, chen, zhao, Relationship.HUSBAND, townStaff.get(Town.HUYUAN), now);
    }

    private static final String[] SURNAMES = {"刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
            "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾"};
    private static final String[] GIVEN = {"桂兰", "志刚", "秀英", "建华", "玉梅", "国庆", "淑珍", "海燕", "明辉", "丽娟", "永福",
            "春梅", "德胜", "晓东", "凤英", "宝山", "雪莲", "长青", "金花", "文博", "小龙", "佳怡", "子涵", "浩然", "秋菊",
            "振华", "红霞", "立新"};

    /**
     * Every category and level in every town's mix: 28 residents (7 × 4), towns in turn, households on 低保, just
     * above it, and neither; each applies for a benefit the finder says they qualify for, in every state.
     */
    private void district(Connection c) throws SQLException {
        ApplicationStep[] states = ApplicationStep.values();
        int i = 0;
        for (DisabilityCategory category : DisabilityCategory.values()) {
            for (DisabilityLevel level : DisabilityLevel.values()) {
                Town town = Town.values()[i % 4];
                HouseholdIncome income = HouseholdIncome.values()[i % 3];
                int birthYear = 1942 + (i * 29) % 80; // 1942 … 2021: children, adults and the elderly
                LocalDate birth = LocalDate.of(birthYear, 1 + (i * 5) % 12, 1 + (i * 11) % 28);
                long home = household(c, town, income, 100 + i);
                long id = resident(c, SURNAMES[i] + GIVEN[i], birth, 100 + i, category, level, town, home, null,
                        i % 9 == 0 ? 10 : 0);
                PersonRecord person = new PersonRecord(
                        CertificateNumber.of(Town.DISTRICT_CODE + birth.toString().replace("-", "")
                                + String.format("%03d", 100 + i), category, level), income, 1, i % 9 == 0 ? 10 : 0);
                List<BenefitMatch> matches = finder.find(person, Set.of(), today);
                if (!matches.isEmpty() && i % 7 != 6) { // a few have applied for nothing yet: the finder has work
                    BenefitKind kind = matches.get(i % matches.size()).benefit().kind();
                    ApplicationStep state = states[i % states.length];
                    String reason = switch (state) {
                        case REJECTED -> "残疾等级复核结果不符合条件";
                        case SUSPENDED -> "本人外出务工，暂停发放待返乡后恢复";
                        default -> null;
                    };
                    application(c, id, home, town, kind, state, 4 + i % 20, null, ActorKind.TOWN, reason);
                }
                i++;
            }
        }
    }

    /**
     * Twelve more residents, three in each town, all severely disabled (levels 1–2) in households on 低保, just above
     * it, or neither: every town then has people the nursing subsidy and home modification are for, so the plan's
     * indicators mean something everywhere. Most are paid; some are still in review.
     */
    private void cohort(Connection c) throws SQLException {
        Object[][] cohort = {
                {"唐玉兰", LocalDate.of(1949, 11, 11), DisabilityCategory.SPEECH, DisabilityLevel.LEVEL_2, Town.HUZHONG, HouseholdIncome.DIBAO},
                {"许长林", LocalDate.of(1960, 1, 19), DisabilityCategory.MENTAL, DisabilityLevel.LEVEL_2, Town.HUZHONG, HouseholdIncome.REGULAR},
                {"曹秀芬", LocalDate.of(1968, 10, 14), DisabilityCategory.MULTIPLE, DisabilityLevel.LEVEL_1, Town.HUZHONG, HouseholdIncome.NEAR_DIBAO},
                {"邓德贵", LocalDate.of(1957, 8, 8), DisabilityCategory.VISION, DisabilityLevel.LEVEL_1, Town.BISHUI, HouseholdIncome.DIBAO},
                {"韩冬梅", LocalDate.of(1975, 4, 25), DisabilityCategory.PHYSICAL, DisabilityLevel.LEVEL_2, Town.BISHUI, HouseholdIncome.NEAR_DIBAO},
                {"彭志华", LocalDate.of(1972, 6, 6), DisabilityCategory.PHYSICAL, DisabilityLevel.LEVEL_1, Town.BISHUI, HouseholdIncome.REGULAR},
                {"林秋月", LocalDate.of(1962, 5, 10), DisabilityCategory.PHYSICAL, DisabilityLevel.LEVEL_1, Town.HUYUAN, HouseholdIncome.DIBAO},
                {"高振山", LocalDate.of(1958, 2, 21), DisabilityCategory.VISION, DisabilityLevel.LEVEL_2, Town.HUYUAN, HouseholdIncome.NEAR_DIBAO},
                {"罗丽华", LocalDate.of(1971, 9, 3), DisabilityCategory.MULTIPLE, DisabilityLevel.LEVEL_1, Town.HUYUAN, HouseholdIncome.DIBAO},
                {"梁大勇", LocalDate.of(1966, 12, 12), DisabilityCategory.PHYSICAL, DisabilityLevel.LEVEL_2, Town.HONGWEI, HouseholdIncome.DIBAO},
                {"谢春燕", LocalDate.of(1980, 7, 7), DisabilityCategory.INTELLECTUAL, DisabilityLevel.LEVEL_1, Town.HONGWEI, HouseholdIncome.DIBAO},
                {"宋国栋", LocalDate.of(1953, 3, 30), DisabilityCategory.HEARING, DisabilityLevel.LEVEL_1, Town.HONGWEI, HouseholdIncome.NEAR_DIBAO}};
        for (int j = 0; j < cohort.length; j++) {
            Object[] p = cohort[j];
            Town town = (Town) p[4];
            HouseholdIncome income = (HouseholdIncome) p[5];
            long home = household(c, town, income, 200 + j);
            long id = resident(c, (String) p[0], (LocalDate) p[1], 200 + j, (DisabilityCategory) p[2], (DisabilityLevel) p[3], town,
                    home, null, 0);
            // nursing: two of three paid, the third waiting at the town office; living (低保 only): every other one paid
            application(c, id, home, town, BenefitKind.NURSING_SUBSIDY, j % 3 == 2 ? ApplicationStep.TOWN_REVIEW
                    : ApplicationStep.PAYING, 6 + j, null, ActorKind.TOWN, null);
            if (income == HouseholdIncome.DIBAO) {
                application(c, id, home, town, BenefitKind.LIVING_SUBSIDY, ApplicationStep.PAYING, 10 + j, null, ActorKind.TOWN, null);
            }
        }
        // the two subsidies for most of the others who qualify and never applied: coverage high, not complete
        int n = 0;
        Set<Long> personas = Set.of(people.get("王秀兰"), people.get("李建国"), people.get("赵小梅"), people.get("孙志强"),
                people.get("刘洋"), people.get("张德福"));
        for (IndicatorRepository.ResidentFacts r : new IndicatorRepository().residents(c)) {
            if (personas.contains(r.id())) {
                continue;
            }
            PersonRecord person = new PersonRecord(new CertificateNumber(r.certificateNumber()), r.income(),
                    Math.max(1, r.disabledInHousehold()), r.outOfAreaTrainingMonths());
            Set<BenefitKind> has = subsidies.activeKinds(c, r.id(), r.householdId());
            for (BenefitKind kind : List.of(BenefitKind.NURSING_SUBSIDY, BenefitKind.LIVING_SUBSIDY)) {
                if (!has.contains(kind) && finder.qualifies(person, kind, today) && n++ % 4 != 3) {
                    application(c, r.id(), r.householdId(), r.town(), kind, ApplicationStep.PAYING, 5 + n % 12, null,
                            ActorKind.TOWN, null);
                }
            }
        }
    }

    // ---- applications ----

    /**
     * An application that has walked the path up to {@code state}: one event per step, a few working days apart,
     * the last one recent. Paid (or once-paid) applications started {@code monthsAgo} months ago and have a
     * payment for every month (or year) since.
     */
    private void application(Connection c, long residentId, long householdId, Town town, BenefitKind kind,
                             ApplicationStep state, int monthsAgo, Long applicantAccount, ActorKind applicantKind,
                             String reason) throws SQLException {
        Benefit benefit = finder.table().benefit(kind, today).orElseThrow();
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
        // the last step was entered two working days ago; earlier ones three working days apart before that
        LocalDate submitted;
        boolean paid = state == ApplicationStep.PAYING || state == ApplicationStep.SUSPENDED;
        if (paid) {
            submitted = today.minusMonths(monthsAgo).withDayOfMonth(3);
        } else {
            submitted = minusWorkingDays(today, 2 + 3 * (steps.size() - 1));
        }
        List<LocalDate> dates = new ArrayList<>();
        LocalDate d = submitted;
        for (int i = 0; i < steps.size(); i++) {
            dates.add(d);
            d = Dates.addWorkingDays(d, 3);
        }
        if (state == ApplicationStep.SUSPENDED) {
            dates.set(dates.size() - 1, today.minusMonths(2).withDayOfMonth(15));
        }
        long submittedAt = at(dates.get(0), 9);
        long stepSince = at(dates.get(dates.size() - 1), 10);
        LocalDate nextReview = null;
        if (paid) {
            // reviewed every year since payments began: the next review is the next anniversary from today
            nextReview = dates.get(ApplicationStep.PATH.size() - 1).plusYears(1);
            while (nextReview.isBefore(today)) {
                nextReview = nextReview.plusYears(1);
            }
        }
        long id = subsidies.insert(c, residentId, householdId, town, kind, state, benefit.amountFen(), benefit.period(),
                submittedAt, stepSince, null, applicantAccount == null ? townStaff.get(town) : applicantAccount,
                nextReview, reason).orElseThrow(() -> new IllegalStateException("duplicate demo application " + kind));
        for (int i = 0; i < steps.size(); i++) {
            ApplicationStep s = steps.get(i);
            ActorKind actor = i == 0 ? applicantKind : s.ordinal() <= ApplicationStep.FEDERATION_REVIEW.ordinal()
                    && s != ApplicationStep.REJECTED ? ActorKind.TOWN : ActorKind.DISTRICT;
            Long actorAccount = switch (actor) {
                case TOWN -> townStaff.get(town);
                case DISTRICT -> districtStaff;
                default -> applicantAccount;
            };
            String note = s == ApplicationStep.REJECTED || s == ApplicationStep.SUSPENDED ? reason : null;
            subsidies.insertEvent(c, id, s, at(dates.get(i), 9 + i % 6), actorAccount, actor, note);
        }
        if (paid) {
            payments(c, id, benefit, YearMonth.from(submitted), dates.get(ApplicationStep.PATH.size() - 1),
                    state == ApplicationStep.SUSPENDED ? YearMonth.from(dates.get(dates.size() - 1)) : null);
        }
    }

    /** A payment for every month (or year) from the application month; back pay is paid on approval. */
    private void payments(Connection c, long applicationId, Benefit benefit, YearMonth from, LocalDate approvedOn,
                          YearMonth stopAfter) throws SQLException {
        YearMonth current = YearMonth.from(today);
        YearMonth last = today.getDayOfMonth() > 8 ? current : current.minusMonths(1);
        if (stopAfter != null && stopAfter.isBefore(last)) {
            last = stopAfter;
        }
        int step = benefit.period() == BenefitPeriod.MONTHLY ? 1 : 12;
        for (YearMonth m = from; !m.isAfter(last); m = m.plusMonths(step)) {
            LocalDate due = m.atDay(8);
            LocalDate paidOn = due.isBefore(approvedOn) ? approvedOn : due;
            if (paidOn.isAfter(today)) {
                break;
            }
            subsidies.insertPayment(c, applicationId, m, benefit.amountFen(), paidOn, districtStaff, now);
            if (benefit.period() == BenefitPeriod.ONE_OFF) {
                break;
            }
        }
    }

    private long at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 30)).atZone(Dates.ZONE).toInstant().toEpochMilli();
    }

    private static LocalDate minusWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.minusDays(1);
            if (Dates.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
