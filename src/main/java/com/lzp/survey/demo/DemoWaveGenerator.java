package com.lzp.survey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.lzp.survey.collection.UnitType;
import com.lzp.survey.demo.DemoWave.DemoResponse;
import com.lzp.survey.demo.DemoWave.DemoUnit;
import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.Option;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.questionnaire.Scale;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * Makes a realistic synthetic wave for demonstrations. Deterministic: {@link java.util.Random}'s algorithm is
 * fixed by the Java specification, so the same seed gives the same wave on every JVM.
 *
 * <p>The planted structure: three correlated cause factors (认识, 能力, 机制); each problem depends mostly on one
 * of them (热情不高 on 认识, 思路不清 on 能力, 办法不多 on 机制) and a little on another; part-time cadres carry
 * more of the 能力 factor. Each Likert item is its dimension's factor plus noise, rounded onto the scale, and
 * about 1.5 % of Likert answers are left blank.
 */
public final class DemoWaveGenerator {

    static final double MISSING_RATE = 0.015;
    private static final double TARGET_RESPONSE_RATE = 0.94;
    private static final Instant WAVE_START = Instant.parse("2024-05-06T01:00:00Z");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> SUGGESTIONS = List.of(
            "建议把党建考核结果与业务考核、干部评优直接挂钩。",
            "希望多组织党务干部业务培训，特别是如何把党建融入业务的案例教学。",
            "减少重复报送的台账材料，把精力放到解决实际问题上。",
            "支部活动可以结合业务攻坚项目开展，设立党员先锋岗。",
            "建议配齐配强专职党务干部，兼职干部精力确实顾不过来。",
            "党建和业务年初一起谋划、年中一起推进、年底一起考核。",
            "希望上级少一些形式化的检查，多一些具体指导。",
            "对党建工作做得好的党务干部要在提拔使用上有所体现。");

    private final QuestionnaireDefinition definition;
    private final Random random;

    private DemoWaveGenerator(QuestionnaireDefinition definition, long seed) {
        this.definition = definition;
        this.random = new Random(seed);
    }

    /** A wave of the 73 demo units with {@code responses} responses to {@code definition}. */
    public static DemoWave generate(QuestionnaireDefinition definition, long seed, int responses) {
        return new DemoWaveGenerator(definition, seed).generate(seed, responses);
    }

    private DemoWave generate(long seed, int count) {
        List<DemoUnit> units = units(count);
        int[] capacity = units.stream().mapToInt(DemoUnit::expectedCadres).toArray();
        List<DemoResponse> responses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DemoUnit unit = units.get(pickUnit(capacity));
            UUID submissionId = UUID.nameUUIDFromBytes(("demo-" + seed + "-" + i).getBytes(StandardCharsets.UTF_8));
            Instant at = WAVE_START.plus(Duration.ofMinutes(random.nextInt(14 * 24 * 60)));
            responses.add(new DemoResponse(submissionId, unit.code(), respondent(unit.type()), at));
        }
        return new DemoWave(units, responses);
    }

    /** Expected sizes scaled so that {@code count} responses make a response rate of about 94 %. */
    private List<DemoUnit> units(int count) {
        int[] base = new int[DemoUnits.ALL.size()];
        long total = 0;
        for (int i = 0; i < base.length; i++) {
            int[] range = DemoUnits.typicalSize(DemoUnits.ALL.get(i).type());
            base[i] = range[0] + random.nextInt(range[1] - range[0] + 1);
            total += base[i];
        }
        double scale = count / TARGET_RESPONSE_RATE / total;
        List<DemoUnit> units = new ArrayList<>();
        for (int i = 0; i < base.length; i++) {
            DemoUnits.Template template = DemoUnits.ALL.get(i);
            int expected = Math.max(2, (int) Math.round(base[i] * scale));
            units.add(new DemoUnit(String.format("U%03d", i + 1), template.name(), template.type(), expected));
        }
        return units;
    }

    /** A unit drawn in proportion to the cadres it has not yet heard from, so that no unit exceeds its size. */
    private int pickUnit(int[] capacity) {
        int left = 0;
        for (int c : capacity) {
            left += c;
        }
        int draw = random.nextInt(left);
        for (int i = 0; i < capacity.length; i++) {
            if (draw < capacity[i]) {
                capacity[i]--;
                return i;
            }
            draw -= capacity[i];
        }
        throw new IllegalStateException("no capacity left");
    }

    private Map<String, JsonNode> respondent(UnitType unitType) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        boolean fullTime = random.nextDouble() < (unitType == UnitType.STATE_ENTERPRISE ? 0.45 : 0.28);
        double common = random.nextGaussian();
        double cognition = 0.55 * common + 0.835 * random.nextGaussian();
        double capability = 0.55 * common + 0.835 * random.nextGaussian() + (fullTime ? -0.25 : 0.2);
        double mechanism = 0.55 * common + 0.835 * random.nextGaussian();
        Map<String, Double> factors = new LinkedHashMap<>();
        factors.put("C1", cognition);
        factors.put("C2", capability);
        factors.put("C3", mechanism);
        factors.put("P1", 0.60 * cognition + 0.15 * mechanism + 0.70 * random.nextGaussian());
        factors.put("P2", 0.50 * capability + 0.20 * cognition + 0.75 * random.nextGaussian());
        factors.put("P3", 0.55 * mechanism + 0.20 * capability + 0.70 * random.nextGaussian());
        factors.put("E", -0.35 * common + 0.9 * random.nextGaussian() + (fullTime ? 0.2 : 0));

        for (Question question : definition.questions()) {
            switch (question.type()) {
                case LIKERT ->
                    likert(question, factors).ifPresent(v -> answers.put(question.code(), JSON.numberNode(v)));
                case SINGLE -> answers.put(question.code(), JSON.textNode(single(question, fullTime, factors)));
                case MULTI -> answers.put(question.code(), multi(question, factors));
                case TEXT -> {
                    if (random.nextDouble() < 0.12) {
                        answers.put(
                                question.code(), JSON.textNode(SUGGESTIONS.get(random.nextInt(SUGGESTIONS.size()))));
                    }
                }
            }
        }
        return answers;
    }

    private Optional<Integer> likert(Question item, Map<String, Double> factors) {
        double noise = random.nextGaussian();
        if (random.nextDouble() < MISSING_RATE) {
            return Optional.empty();
        }
        Dimension dimension = definition.dimension(item.dimension()).orElseThrow();
        double centre = switch (dimension.kind()) {
            case EFFECT -> 3.9;
            case PROBLEM -> 3.35;
            case CAUSE -> 3.45;
            case OTHER -> 3.5;
        };
        double factor = factors.getOrDefault(dimension.code(), 0.0);
        Scale scale = definition.scale();
        // the centres and spreads are set on the study's five points; other scales get them stretched to fit
        double stretch = (scale.max() - scale.min()) / 4.0;
        double raw = centre + 0.95 * factor + 0.6 * noise;
        long point = Math.round(scale.min() == 1 && scale.max() == 5 ? raw : scale.min() + (raw - 1) * stretch);
        int answer = (int) Math.max(scale.min(), Math.min(scale.max(), point));
        // a reverse-keyed item is worded against its dimension: who scores high on the dimension disagrees
        return Optional.of(item.reverse() ? scale.reversed(answer) : answer);
    }

    private String single(Question question, boolean fullTime, Map<String, Double> factors) {
        List<Option> options = question.options();
        double[] weights = switch (question.code()) {
            case "role" -> new double[] {fullTime ? 1 : 0, fullTime ? 0 : 1};
            case "tenure" -> new double[] {0.12, 0.25, 0.22, 0.23, 0.18};
            case "position" ->
                fullTime ? new double[] {0.10, 0.10, 0.15, 0.15, 0.50} : new double[] {0.03, 0.07, 0.35, 0.35, 0.20};
            default -> null;
        };
        if (weights == null || weights.length != options.size()) {
            weights = options.stream()
                    .mapToDouble(o -> o.dimension() == null
                            ? 1.0
                            : Math.exp(1.2 * factors.getOrDefault(o.dimension(), 0.0)
                                    + ("C3".equals(o.dimension()) ? 0.3 : 0)))
                    .toArray();
        }
        return options.get(weighted(weights)).code();
    }

    private ArrayNode multi(Question question, Map<String, Double> factors) {
        List<Option> options = new ArrayList<>(question.options());
        int wanted = Math.min(question.mostChoices(), new int[] {1, 2, 3, 3}[random.nextInt(4)]);
        wanted = Math.max(wanted, question.fewestChoices());
        ArrayNode chosen = JSON.arrayNode();
        for (int k = 0; k < wanted && !options.isEmpty(); k++) {
            double[] weights = options.stream()
                    .mapToDouble(o -> Math.exp(0.8 * groupFactor(o, factors)))
                    .toArray();
            chosen.add(options.remove(weighted(weights)).code());
        }
        return chosen;
    }

    /** The cause factor a countermeasure group answers, through the cause dimensions that name the group. */
    private double groupFactor(Option option, Map<String, Double> factors) {
        return definition.dimensionsOf(DimensionKind.CAUSE).stream()
                .filter(d -> option.group() != null && option.group().equals(d.countermeasureGroup()))
                .mapToDouble(d -> factors.getOrDefault(d.code(), 0.0))
                .findFirst()
                .orElse(0.0);
    }

    private int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
