package org.recbridge.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Dense integer ids for string keys (user or item ids), so interactions can be stored as int arrays. */
public final class IdIndex implements java.io.Serializable {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** The id of {@code name}, adding it if it is new. */
    public int idOf(String name) {
        Integer id = ids.get(name);
        if (id != null) {
            return id;
        }
        int next = names.size();
        ids.put(name, next);
        names.add(name);
        return next;
    }

    /** The id of {@code name}, or -1 if it is unknown. */
    public int find(String name) {
        Integer id = ids.get(name);
        return id == null ? -1 : id;
    }

    public boolean contains(String name) {
        return ids.containsKey(name);
    }

    public String name(int id) {
        return names.get(id);
    }

    public int size() {
        return names.size();
    }

    /** The same ids (numbers kept) under new names; {@code rename} must map different names apart. */
    public IdIndex renamed(UnaryOperator<String> rename) {
        IdIndex out = new IdIndex();
        for (String name : names) {
            String to = rename.apply(name);
            if (out.contains(to)) {
                throw new IllegalArgumentException("renaming gives two ids the name " + to);
            }
            out.idOf(to);
        }
        return out;
    }

    public List<String> names() {
        return List.copyOf(names);
    }
}
