package dev.stockroom.bulk;

import dev.stockroom.common.InvalidInputException;
import dev.stockroom.common.Transactions;
import dev.stockroom.price.Price;
import dev.stockroom.price.PriceDetails;
import dev.stockroom.price.PriceRepository;
import dev.stockroom.price.PriceService;
import dev.stockroom.product.CatalogListener;
import dev.stockroom.product.Product;
import dev.stockroom.product.ProductDetails;
import dev.stockroom.product.ProductRepository;
import dev.stockroom.product.ProductService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HighLevel's bulk edit: partial updates of a few products and their prices, in one transaction (all or nothing).
 * Each change goes through the single-item update of {@link ProductService} or {@link PriceService}, so it is checked
 * by the same rules, with the item's path put before each message (NestJS does the same for nested items).
 */
public final class BulkEditService {
    /** BulkEditRequestDto: "max 30 entities"; "the total count includes all prices within each product". */
    public static final int MAX_ENTITIES = 30;

    private final ProductService productService;
    private final PriceService priceService;
    private final ProductRepository products;
    private final PriceRepository prices;
    private final CatalogListener listener;
    private final Transactions transactions;

    public BulkEditService(
            ProductService productService,
            PriceService priceService,
            ProductRepository products,
            PriceRepository prices,
            CatalogListener listener,
            Transactions transactions) {
        this.productService = productService;
        this.priceService = priceService;
        this.products = products;
        this.prices = prices;
        this.listener = listener;
        this.transactions = transactions;
    }

    /** Every product and price in the request, as the limit counts them. */
    public static int entities(List<ProductEdit> edits) {
        return edits.size() + edits.stream().mapToInt(edit -> edit.prices().size()).sum();
    }

    /** Returns how many products and prices changed; one that the edit leaves as it was is not written or counted. */
    public int edit(String locationId, List<ProductEdit> edits) {
        if (entities(edits) > MAX_ENTITIES) throw new InvalidInputException(tooMany(entities(edits)));
        requireNoRepeats(edits);
        return transactions.write(() -> {
            listener.beforeChange(locationId); // before the rows below are locked
            Map<String, Product> currentProducts =
                    products.findByIds(locationId, edits.stream().map(ProductEdit::productId).toList());
            Map<String, Price> currentPrices = prices.findByIds(locationId, edits.stream()
                    .flatMap(edit -> edit.prices().stream().map(ProductEdit.PriceEdit::priceId))
                    .toList());
            requireKnown(edits, currentProducts, currentPrices);
            List<String> errors = new ArrayList<>();
            int updated = 0;
            for (int i = 0; i < edits.size(); i++) {
                ProductEdit edit = edits.get(i);
                if (changes(currentProducts.get(edit.productId()), edit)) {
                    updated += apply(errors, "products." + i + ".",
                            () -> productService.update(locationId, edit.productId(), edit.patch()));
                }
                for (int j = 0; j < edit.prices().size(); j++) {
                    ProductEdit.PriceEdit priceEdit = edit.prices().get(j);
                    PriceDetails current = currentPrices.get(priceEdit.priceId()).details();
                    if (priceEdit.changes().apply(current).equals(current)) continue;
                    updated += apply(errors, "products." + i + ".prices." + j + ".", () -> priceService.update(
                            locationId, edit.productId(), priceEdit.priceId(), priceEdit.changes()));
                }
            }
            if (!errors.isEmpty()) throw new InvalidInputException(errors); // rolls back what was written
            return updated;
        });
    }

    public static String tooMany(int entities) {
        return "products must contain no more than " + MAX_ENTITIES
                + " entities, counting every product and every price (" + entities + " given)";
    }

    private static void requireNoRepeats(List<ProductEdit> edits) {
        List<String> errors = new ArrayList<>();
        Set<String> productIds = new HashSet<>();
        Set<String> priceIds = new HashSet<>();
        for (int i = 0; i < edits.size(); i++) {
            ProductEdit edit = edits.get(i);
            if (!productIds.add(edit.productId())) errors.add("products." + i + "._id repeats " + edit.productId());
            for (int j = 0; j < edit.prices().size(); j++) {
                String priceId = edit.prices().get(j).priceId();
                if (!priceIds.add(priceId)) errors.add("products." + i + ".prices." + j + "._id repeats " + priceId);
            }
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    /** Another location's product, or a price of another product, is answered like an unknown one. */
    private static void requireKnown(
            List<ProductEdit> edits, Map<String, Product> currentProducts, Map<String, Price> currentPrices) {
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            ProductEdit edit = edits.get(i);
            if (!currentProducts.containsKey(edit.productId())) {
                errors.add("products." + i + "._id refers to an unknown product: " + edit.productId());
            }
            for (int j = 0; j < edit.prices().size(); j++) {
                String priceId = edit.prices().get(j).priceId();
                Price price = currentPrices.get(priceId);
                if (price == null || !price.productId().equals(edit.productId())) {
                    errors.add("products." + i + ".prices." + j + "._id refers to an unknown price of this product: "
                            + priceId);
                }
            }
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    private static boolean changes(Product current, ProductEdit edit) {
        ProductDetails details = edit.patch().changes().apply(current.details());
        return !details.equals(current.details())
                || edit.patch().collectionIds().map(ids -> !ids.equals(current.collectionIds())).orElse(false);
    }

    /** 1 when {@code update} succeeds; its rule violations are collected under {@code path}, so all are listed. */
    private static int apply(List<String> errors, String path, Runnable update) {
        try {
            update.run();
            return 1;
        } catch (InvalidInputException e) {
            e.messages().forEach(message -> errors.add(path + message));
            return 0;
        }
    }
}
