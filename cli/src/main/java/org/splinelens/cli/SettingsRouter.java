package org.splinelens.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.io.InvalidInputException;

/**
 * Sends each {@code --set KEY=VALUE} to the plugin it is for. {@code optimizer.KEY}, {@code init.KEY} and
 * {@code fitter.KEY} name the plugin; a bare {@code KEY} goes to the one plugin whose config has it. A bare key that several configs have fails
 * asking for the prefix; one that none has fails naming the plugins (with a single plugin, its own config binding
 * names the plugin and the key). Values are not checked here: each plugin's config record does that.
 */
final class SettingsRouter {
    private static final Set<String> PREFIXES = Set.of("optimizer", "init", "fitter");

    private SettingsRouter() {
    }

    /** @return the settings of each target by its prefix, in the order given (empty maps for targets not named) */
    static Map<String, Map<String, Object>> route(Map<String, Object> settings, List<SettingsTarget> targets) {
        Map<String, Map<String, Object>> routed = new LinkedHashMap<>();
        for (SettingsTarget target : targets) {
            routed.put(target.prefix(), new LinkedHashMap<>());
        }
        settings.forEach((key, value) -> {
            int dot = key.indexOf('.');
            String prefix = dot < 0 ? null : key.substring(0, dot);
            if (prefix != null && routed.containsKey(prefix)) {
                routed.get(prefix).put(key.substring(dot + 1), value);
            } else if (prefix != null && PREFIXES.contains(prefix)) {
                throw new InvalidInputException("--set " + key + ": nothing here takes " + prefix + ".* keys; this "
                        + "command configures " + plugins(targets));
            } else {
                routed.get(owner(key, targets).prefix()).put(key, value);
            }
        });
        return routed;
    }

    /**
     * Adds an option that is a config key ({@code --lr} is {@code optimizer.lr}) to the routed settings.
     *
     * @param settings the settings by prefix, as {@link #route} returns them
     * @param value    the option's value, or {@code null} when it is not given (nothing is added)
     * @throws InvalidInputException when {@code --set} gave the same key
     */
    static void put(Map<String, Map<String, Object>> settings, String prefix, String key, String option,
            Object value) {
        if (value == null) {
            return;
        }
        if (settings.get(prefix).containsKey(key)) {
            throw new InvalidInputException(option + " and --set " + prefix + "." + key + " set the same key; give"
                    + " one of them");
        }
        settings.get(prefix).put(key, value);
    }

    private static SettingsTarget owner(String key, List<SettingsTarget> targets) {
        if (targets.size() == 1) {
            return targets.get(0);
        }
        List<SettingsTarget> having = targets.stream().filter(t -> t.keys().contains(key)).toList();
        if (having.size() == 1) {
            return having.get(0);
        }
        if (having.isEmpty()) {
            throw new InvalidInputException("--set " + Excerpt.cut(key) + ": unknown key " + Excerpt.of(key) + "; "
                    + targets.stream().map(t -> t.plugin() + " has " + t.keys().stream().sorted().toList())
                    .collect(Collectors.joining(", ")));
        }
        String all = having.size() == 2 ? " both have" : " all have";
        throw new InvalidInputException("--set " + Excerpt.cut(key) + ": " + plugins(having) + all + " the key "
                + Excerpt.of(key) + "; write " + having.stream().map(t -> t.prefix() + "." + key)
                .collect(Collectors.joining(" or ")));
    }

    private static String plugins(List<SettingsTarget> targets) {
        return targets.stream().map(SettingsTarget::plugin).collect(Collectors.joining(" and "));
    }
}
