package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/**
 * Shim of jenkins-core's file on the controller or an agent; this one is always local, so {@link #act} runs the
 * callable in this JVM, as the real class does for a local file.
 */
public final class FilePath implements SerializableOnlyOverRemoting {
    private final transient VirtualChannel channel;
    private final String remote;

    public FilePath(@CheckForNull VirtualChannel channel, @NonNull String remote) {
        this.channel = channel;
        this.remote = remote;
    }

    public FilePath(@NonNull File localPath) {
        this((VirtualChannel) null, localPath.getPath());
    }

    public FilePath(@NonNull FilePath base, @NonNull String rel) {
        this(base.channel, new File(rel).isAbsolute() ? rel : new File(new File(base.remote), rel).getPath());
    }

    public String getRemote() {
        return remote;
    }

    public @NonNull FilePath child(String relOrAbsolute) {
        return new FilePath(this, relOrAbsolute);
    }

    public <T> T act(final FileCallable<T> callable) throws IOException, InterruptedException {
        return callable.invoke(new File(remote), channel);
    }

    @Override
    public String toString() {
        return remote;
    }

    /** Shim of the work that {@link FilePath#act} runs where the file is. */
    public interface FileCallable<T> extends Serializable, RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }

    private static final long serialVersionUID = 1L;
}
