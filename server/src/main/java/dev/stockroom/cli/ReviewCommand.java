package dev.stockroom.cli;

import dev.stockroom.config.Application;
import dev.stockroom.review.ReviewDetails;
import dev.stockroom.review.ReviewDraft;
import dev.stockroom.review.ReviewStatus;
import dev.stockroom.review.ReviewUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Stockroom's own way to add reviews: HighLevel's API can list and moderate them, not create them. */
@Command(name = "review", mixinStandardHelpOptions = true, description = "Seed product reviews.",
        subcommands = ReviewCommand.Create.class)
final class ReviewCommand {
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a review of a product of a location; prints its id only.")
    static final class Create implements Runnable {
        @Mixin StorageOptions data;

        @Spec CommandSpec spec;

        @Option(names = "--location", required = true, description = "Location id.")
        String locationId;

        @Option(names = "--product", required = true, description = "Id of a product of the location.")
        String productId;

        @Option(names = "--store", required = true, description = "Id of the store the review was left in.")
        String storeId;

        @Option(names = "--rating", required = true, description = "From 1 to 5 in steps of 0.5.")
        BigDecimal rating;

        @Option(names = "--status", defaultValue = "pending", converter = StatusConverter.class,
                description = "pending (default), approved or rejected.")
        ReviewStatus status;

        @Option(names = "--headline", description = "Headline, at most 200 characters.")
        String headline;

        @Option(names = "--detail", description = "The review's text, at most 5000 characters.")
        String detail;

        @Option(names = "--author", description = "Reviewer's name; needs --email.")
        String author;

        @Option(names = "--email", description = "Reviewer's email; needs --author.")
        String email;

        @Override
        public void run() {
            ReviewUser user = author == null && email == null ? null : new ReviewUser(author, email, null, null);
            ReviewDetails details = new ReviewDetails(rating, status, headline, detail, user, List.of());
            ReviewDraft draft = new ReviewDraft(productId.toLowerCase(Locale.ROOT), storeId, details, null);
            try (Application app = data.open()) {
                spec.commandLine().getOut().println(app.reviews().create(locationId, draft).id());
            }
        }
    }

    static final class StatusConverter implements CommandLine.ITypeConverter<ReviewStatus> {
        @Override
        public ReviewStatus convert(String value) {
            return ReviewStatus.fromWire(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown status '" + value + "' (pending, approved or rejected)"));
        }
    }
}
