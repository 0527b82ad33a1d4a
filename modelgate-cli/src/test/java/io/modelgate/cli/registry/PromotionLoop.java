package io.modelgate.cli.registry;

import io.modelgate.cli.Main;

/** A command-line process that promotes versions 1, 2, 3 in turn until it is killed: the crash test's victim. */
final class PromotionLoop {
    private PromotionLoop() {}

    public static void main(final String[] args) {
        for (long i = 0; ; i++) {
            int code = Main.execute(
                    "registry",
                    "alias",
                    "set",
                    "credit-risk",
                    "champion",
                    String.valueOf(i % 3 + 1),
                    "--by",
                    "loop",
                    "--reason",
                    "promotion " + i,
                    "--registry",
                    args[0]);
            System.out.println("promotion " + i + " exit " + code);
            System.out.flush();
        }
    }
}
