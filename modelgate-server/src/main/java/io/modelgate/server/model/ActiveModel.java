package io.modelgate.server.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The model the service answers with now, and its replacement without a pause: a reload loads the new model
 * completely, warms it up and only then swaps the reference, so a request sees either the old model or the new one,
 * never a half-loaded one. A failed reload leaves the old model serving. Reloads run one at a time.
 */
public final class ActiveModel {
    private final ModelLoader loader;
    private final Path source;
    private final int warmUpRecords;
    private final AtomicReference<ServedModel> current = new AtomicReference<>();
    private final ReentrantLock reloading = new ReentrantLock();

    /**
     * Creates an empty holder; {@link #reload()} loads the first model.
     *
     * @param loader how to load the model
     * @param source what to load
     * @param warmUpRecords synthetic records scored before a model serves
     */
    public ActiveModel(final ModelLoader loader, final Path source, final int warmUpRecords) {
        this.loader = loader;
        this.source = source;
        this.warmUpRecords = warmUpRecords;
    }

    /** @return the model serving now, or {@code null} before the first load succeeded */
    public ServedModel get() {
        return current.get();
    }

    /** @return the source every (re)load reads */
    public Path source() {
        return source;
    }

    /**
     * Loads the source again, warms the new model up and swaps it in.
     *
     * @return the new model
     * @throws IOException when the source cannot be read; the old model keeps serving
     * @throws RuntimeException when the source is not a servable model; the old model keeps serving
     */
    public ServedModel reload() throws IOException {
        reloading.lock();
        try {
            ServedModel loaded = loader.load(source);
            ServedModel serving = current.get();
            if (serving != null && !serving.name().equals(loaded.name())) {
                throw new IllegalArgumentException("The new model is named '" + loaded.name()
                        + "', the service serves '" + serving.name() + "'; a reload keeps the name");
            }
            WarmUp.run(loaded.model(), warmUpRecords);
            current.set(loaded);
            return loaded;
        } finally {
            reloading.unlock();
        }
    }
}
