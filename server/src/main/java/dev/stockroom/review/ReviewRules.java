package dev.stockroom.review;

import dev.stockroom.common.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a storable review is, checked on every write whoever makes it (the HTTP layer reports the same rules first,
 * with every violation at once; the command line reaches the service directly).
 */
public final class ReviewRules {
    /** ProductReviewDto.headline maxLength. */
    public static final int HEADLINE_LENGTH = 200;
    /** ProductReviewDto.comment maxLength, applied to a review's detail as well. */
    public static final int TEXT_LENGTH = 5000;
    /** UserDetailsDto.name maxLength. */
    public static final int NAME_LENGTH = 100;
    /** Email and phone, like every short string. */
    public static final int CONTACT_LENGTH = 255;

    private static final BigDecimal MIN = BigDecimal.ONE;
    private static final BigDecimal MAX = BigDecimal.valueOf(5);
    private static final BigDecimal STEP = new BigDecimal("0.5");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ReviewRules() {}

    /**
     * What is wrong with a rating, to follow its name ({@code "must not be less than 1"}), or null. Ratings go from 1
     * to 5 in half stars: the spec's example rating is 4.5, and an exact {@code rating} filter needs a small set.
     */
    public static String ratingProblem(BigDecimal rating) {
        if (rating.compareTo(MIN) < 0) return "must not be less than 1";
        if (rating.compareTo(MAX) > 0) return "must not be greater than 5";
        if (rating.remainder(STEP).signum() != 0) return "must be divisible by 0.5";
        return null;
    }

    /** class-validator's IsEmail, loosely: something@domain.tld without spaces. */
    public static boolean isEmail(String text) {
        return EMAIL.matcher(text).matches();
    }

    static void validate(ReviewDetails details) {
        List<String> errors = new ArrayList<>();
        String rating = ratingProblem(details.rating());
        if (rating != null) errors.add("rating " + rating);
        maxLength("headline", details.headline(), HEADLINE_LENGTH, errors);
        maxLength("detail", details.detail(), TEXT_LENGTH, errors);
        if (details.user() != null) user("user.", details.user(), errors);
        for (int i = 0; i < details.replies().size(); i++) {
            ReviewReply reply = details.replies().get(i);
            maxLength("reply." + i + ".headline", reply.headline(), HEADLINE_LENGTH, errors);
            maxLength("reply." + i + ".comment", reply.comment(), TEXT_LENGTH, errors);
            user("reply." + i + ".user.", reply.user(), errors);
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    private static void user(String path, ReviewUser user, List<String> errors) {
        if (user.name() == null || user.name().isEmpty()) errors.add(path + "name should not be empty");
        maxLength(path + "name", user.name(), NAME_LENGTH, errors);
        if (user.email() == null || !isEmail(user.email())) errors.add(path + "email must be an email");
        maxLength(path + "email", user.email(), CONTACT_LENGTH, errors);
        maxLength(path + "phone", user.phone(), CONTACT_LENGTH, errors);
    }

    private static void maxLength(String path, String text, int max, List<String> errors) {
        if (text != null && text.length() > max) {
            errors.add(path + " must be shorter than or equal to " + max + " characters");
        }
    }
}
