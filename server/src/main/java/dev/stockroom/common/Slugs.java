package dev.stockroom.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Slugs: lowercase letters, digits and single hyphens, generated from a name when the client sends none. */
public final class Slugs {
    public static final int MAX_LENGTH = 255;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    /**
     * Whether a client-sent slug is acceptable. A slug shaped like an ObjectId is refused because the product paths
     * take "an id or a slug" and it would be ambiguous.
     */
    public static boolean isValid(String slug) {
        return slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches() && !ObjectIds.isValid(slug);
    }

    /**
     * The slug to store for an item: the client's own when it is free (else a {@link ConflictException}), otherwise
     * one made from the name, with a part of the item's id appended when that is taken.
     */
    public static String choose(
            String requested, String name, String itemId, String kind, Predicate<String> isFree) {
        if (requested != null) {
            if (!isFree.test(requested)) {
                throw new ConflictException(
                        "A " + kind + " with slug '" + requested + "' already exists in this location");
            }
            return requested;
        }
        String base = fromName(name);
        if (base.isEmpty()) return kind + "-" + itemId;
        if (isFree.test(base)) return base;
        String withSuffix = base + "-" + itemId.substring(itemId.length() - 6);
        return isFree.test(withSuffix) ? withSuffix : base + "-" + itemId;
    }

    /** Latin letters that do not decompose into a base letter and an accent. */
    private static final String[][] LETTERS = {
        {"ß", "ss"}, {"æ", "ae"}, {"Æ", "ae"}, {"œ", "oe"}, {"Œ", "oe"}, {"ø", "o"}, {"Ø", "o"}, {"ł", "l"},
        {"Ł", "l"}, {"đ", "d"}, {"Đ", "d"}, {"þ", "th"}, {"Þ", "th"}, {"ð", "d"}, {"Ð", "d"}, {"ı", "i"}
    };

    /** The slug for a name: accents dropped, runs of other characters turned into one hyphen; may be empty. */
    public static String fromName(String name) {
        String latin = name;
        for (String[] letter : LETTERS) latin = latin.replace(letter[0], letter[1]);
        String plain = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH - 12) slug = slug.substring(0, MAX_LENGTH - 12).replaceAll("-+$", "");
        return slug;
    }
}
