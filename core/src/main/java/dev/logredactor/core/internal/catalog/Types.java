package dev.logredactor.core.internal.catalog;

import dev.logredactor.core.SensitiveType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in type names and their ids: the {@link SensitiveType} constants by ordinal, then the
 * catalog's types that are no constant, in the order they first appear in it. User types take the ids
 * after these.
 */
public final class Types {
    private static final List<String> NAMES;
    private static final Map<String, Integer> IDS = new HashMap<>();

    static {
        List<String> names = new ArrayList<>();
        for (SensitiveType t : SensitiveType.values()) {
            names.add(t.name());
        }
        for (TokenFormat f : TokenCatalog.formats()) {
            if (!names.contains(f.type())) {
                names.add(f.type());
            }
        }
        for (int i = 0; i < names.size(); i++) {
            IDS.put(names.get(i), i);
        }
        NAMES = Collections.unmodifiableList(names);
    }

    private Types() {
    }

    /** How many built-in types there are. */
    public static int count() {
        return NAMES.size();
    }

    /** Every built-in type name, by id. */
    public static List<String> names() {
        return NAMES;
    }

    /** The id of a built-in type, or -1. */
    public static int id(String name) {
        Integer id = IDS.get(name);
        return id == null ? -1 : id;
    }

    /** Whether {@code name} is a built-in type's. */
    public static boolean isBuiltIn(String name) {
        return IDS.containsKey(name);
    }
}
