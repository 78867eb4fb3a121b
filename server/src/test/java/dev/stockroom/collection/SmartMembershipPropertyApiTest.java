package dev.stockroom.collection;

import dev.stockroom.testing.TestServer;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random catalogs, random rules and random sequences of writes: after every write, each smart collection's members
 * (as products' {@code collectionIds} and the collection's {@code stats} answer them) are exactly what a plain
 * evaluation of its rules over the catalog gives, and a collection turned manual keeps the members it had.
 */
@AddLifecycleHook(PostgresPassCondition.class)
class SmartMembershipPropertyApiTest {
    private static final List<String> NAMES =
            List.of("Red Shirt", "blue shirt", "Mug", "Lamp", "SHIRTDRESS", "Café lamp");
    private static final List<String> TYPES = List.of("DIGITAL", "PHYSICAL", "SERVICE", "PHYSICAL/DIGITAL");
    private static final List<String> OPTIONS = List.of("Small", "Large", "XL");
    private static final List<String> PRICE_NAMES = List.of("Small", "Large / Red", "Default", "xl");
    private static final List<String> AMOUNTS = List.of("0", "5", "9.99", "10", "10.5", "20");
    private static final List<String> SKUS = List.of("AB-1", "ab-2", "XY");
    private static final List<String> TEXTS =
            List.of("shirt", "SH", "mug", "lamp", "l", "xl", "large", "ab", "Red Shirt", "café", "-1");

    private static TestServer server;

    @BeforeContainer
    static void start() {
        server = TestServer.start();
    }

    @AfterContainer
    static void stop() {
        if (server != null) server.close();
    }

    @Property(tries = 60, shrinking = ShrinkingMode.BOUNDED)
    void membersAreAlwaysWhatThePlainEvaluationOfTheRulesGives(@ForAll("scenarios") List<Step> steps) {
        CatalogModel model = new CatalogModel(server.newTenant());
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).apply(model);
            model.check("after step " + i + " of " + steps);
        }
    }

    @Provide
    Arbitrary<List<Step>> scenarios() {
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(4, createProduct()),
                Tuple.of(2, updateProduct()),
                Tuple.of(1, Arbitraries.integers().between(0, 9).map(Step.DeleteProduct::new)),
                Tuple.of(4, createPrice()),
                Tuple.of(2, updatePrice()),
                Tuple.of(1, Arbitraries.integers().between(0, 19).map(Step.DeletePrice::new)),
                Tuple.of(2, inventory()),
                Tuple.of(1, bulkPrice()),
                Tuple.of(1, Arbitraries.of(true, false).map(Step.BulkAvailability::new)),
                Tuple.of(3, rules().map(Step.CreateSmart::new)),
                Tuple.of(2, Combinators.combine(slot(), rules()).as(Step.ChangeRules::new)),
                Tuple.of(1, slot().map(Step.ToManual::new)),
                Tuple.of(1, slot().map(Step.ToSmart::new)),
                Tuple.of(1, slot().map(Step.DeleteCollection::new)));
        return step.list().ofMinSize(1).ofMaxSize(20);
    }

    private static Arbitrary<Integer> slot() {
        return Arbitraries.integers().between(0, 9);
    }

    private Arbitrary<Step> createProduct() {
        return Combinators.combine(
                        Arbitraries.of(NAMES), Arbitraries.of(TYPES), Arbitraries.of(true, false), options())
                .as(Step.CreateProduct::new);
    }

    private Arbitrary<Step> updateProduct() {
        return Combinators.combine(
                        slot(), Arbitraries.of(NAMES), Arbitraries.of(TYPES), Arbitraries.of(true, false), options())
                .as(Step.UpdateProduct::new);
    }

    private static Arbitrary<List<String>> options() {
        return Arbitraries.of(OPTIONS).list().uniqueElements().ofMaxSize(2);
    }

    private Arbitrary<Step> createPrice() {
        return Combinators.combine(slot(), price()).as(Step.CreatePrice::new);
    }

    private Arbitrary<Step> updatePrice() {
        return Combinators.combine(Arbitraries.integers().between(0, 19), price()).as(Step.UpdatePrice::new);
    }

    private static Arbitrary<Step.PriceFields> price() {
        return Combinators.combine(
                        Arbitraries.of(PRICE_NAMES),
                        Arbitraries.of(AMOUNTS),
                        Arbitraries.of(AMOUNTS).injectNull(0.5),
                        Arbitraries.of(true, false),
                        Arbitraries.of(0L, 1L, 5L).injectNull(0.3),
                        Arbitraries.of(SKUS).injectNull(0.3))
                .as(Step.PriceFields::new);
    }

    private Arbitrary<Step> inventory() {
        return Combinators.combine(Arbitraries.integers().between(0, 19), Arbitraries.of(0L, 1L, 3L, 5L))
                .as(Step.Inventory::new);
    }

    private Arbitrary<Step> bulkPrice() {
        return Combinators.combine(
                        Arbitraries.of("INCREASE_BY_AMOUNT", "REDUCE_BY_AMOUNT", "SET_NEW_PRICE",
                                "INCREASE_BY_PERCENTAGE", "REDUCE_BY_PERCENTAGE"),
                        Arbitraries.of("1", "5", "10", "50"))
                .as(Step.BulkPrice::new);
    }

    private static Arbitrary<PlainRuleEvaluator.Rules> rules() {
        return Combinators.combine(Arbitraries.of("AND", "OR"), condition().list().ofMinSize(1).ofMaxSize(3))
                .as(PlainRuleEvaluator.Rules::new);
    }

    private static Arbitrary<PlainRuleEvaluator.Condition> condition() {
        List<String> textOperators = List.of("equals", "not_equals", "contains", "not_contains", "starts_with", "ends_with");
        List<String> numberOperators = List.of(
                "equals", "not_equals", "greater_than", "less_than", "greater_than_or_equal", "less_than_or_equal");
        Arbitrary<BigDecimal> amounts = Arbitraries.of("0", "5", "7", "9.99", "10", "10.5", "15", "20").map(BigDecimal::new);
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("title", "variantTitle", "sku"), Arbitraries.of(textOperators),
                                Arbitraries.of(TEXTS))
                        .as(PlainRuleEvaluator.Condition::new),
                Combinators.combine(Arbitraries.of("price", "compareAtPrice"), Arbitraries.of(numberOperators), amounts)
                        .as(PlainRuleEvaluator.Condition::new),
                Combinators.combine(Arbitraries.just("inventory"), Arbitraries.of(numberOperators),
                                Arbitraries.of("0", "1", "3", "5").map(BigDecimal::new))
                        .as(PlainRuleEvaluator.Condition::new),
                Combinators.combine(Arbitraries.just("productType"), Arbitraries.of("equals", "not_equals"),
                                Arbitraries.of(TYPES))
                        .as(PlainRuleEvaluator.Condition::new),
                Combinators.combine(Arbitraries.just("availableInStore"), Arbitraries.of("equals", "not_equals"),
                                Arbitraries.of(true, false))
                        .as(PlainRuleEvaluator.Condition::new));
    }
}
