package com.lzp.survey.findings;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How the report states numbers: the proportion phrases of such reports (过半, 近三成 …), percentages to one
 * decimal and scores to two everywhere (text, tables, charts), p-values, and when a difference may be called
 * significant. Thresholds are constants so that a test pins each one.
 */
public final class Wording {

    /** A test is called significant below this p. */
    public static final double SIGNIFICANCE = 0.05;
    /** Below this Cronbach's α a scale's findings get a caveat. */
    public static final double LOW_ALPHA = 0.7;
    /** Below this response rate (%) the report warns about representativeness. */
    public static final double LOW_RESPONSE_RATE = 70;
    /** A confidence interval wider than this many percentage points gets a caveat. */
    public static final double WIDE_INTERVAL = 30;
    /** Below this R² the causes explain little of a problem. */
    public static final double LOW_R_SQUARED = 0.1;

    private static final String[] TENTHS = {"", "一", "两", "三", "四", "五", "六", "七", "八", "九"};

    private Wording() {}

    /**
     * The phrase for a share: 绝大多数 (≥ 90), 四分之三以上 (≥ 75), 三分之二以上 (≥ 66.7), 六成以上 (≥ 60), 过半 (> 50), 半数 (= 50),
     * 近半 (≥ 45), then "X成以上" from X0 % up to X0 + 7 %, "近X成" from X0 − 3 % up to X0 %, 不足一成 below 7 %.
     */
    public static String share(double percent) {
        if (percent >= 90) {
            return "绝大多数";
        }
        if (percent >= 75) {
            return "四分之三以上";
        }
        if (percent >= 200.0 / 3) {
            return "三分之二以上";
        }
        if (percent >= 60) {
            return "六成以上";
        }
        if (percent > 50) {
            return "过半";
        }
        if (percent == 50) {
            return "半数";
        }
        if (percent >= 45) {
            return "近半";
        }
        int tens = (int) Math.floor(percent / 10);
        double rest = percent - tens * 10;
        if (rest >= 7 && tens + 1 <= 4) {
            return "近" + TENTHS[tens + 1] + "成";
        }
        if (tens == 0) {
            return "不足一成";
        }
        return TENTHS[tens] + "成以上";
    }

    /** 42.1% */
    public static String percent(double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    /** p<0.001, p<0.01, or p=0.034 */
    public static String p(double p) {
        if (p < 0.001) {
            return "p<0.001";
        }
        if (p < 0.01) {
            return "p<0.01";
        }
        return String.format(Locale.ROOT, "p=%.3f", p);
    }

    public static boolean significant(double p) {
        return p < SIGNIFICANCE;
    }

    public static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }

    /** 58.0%—82.5% */
    public static String interval(double lower, double upper) {
        return percent(lower) + "—" + percent(upper);
    }

    /** 在23.0%至25.5%之间, or 均为40.0% when both ends read the same. */
    public static String range(double low, double high) {
        return percent(low).equals(percent(high))
                ? "均为" + percent(low)
                : "在" + percent(low) + "至" + percent(high) + "之间";
    }

    /** 3.91分 — a score, with the same two decimals everywhere. */
    public static String score(double value) {
        return decimal(value, 2) + "分";
    }

    /** χ²=3.84，p=0.050 — a χ² test for a note. */
    public static String chiSquare(double chiSquare, int df, double p) {
        return "χ²(" + df + ")=" + decimal(chiSquare, 2) + "，" + p(p);
    }

    /** 2024年5月6日 */
    public static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** 一、二 … 十: the numbers of headings and of key conclusions. */
    public static String chineseNumber(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        if (n <= 10) {
            return digits[n];
        }
        return n < 20 ? "十" + digits[n - 10] : digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
    }
}
