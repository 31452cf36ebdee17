package dev.logredactor.cli;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Asks HotSpot's JIT, for this process only, to compile the redaction code with C1, its quick compiler,
 * and to keep C2, the optimizing one, for the few loops that every char or byte goes through
 * ({@code jit-directives.json}, in HotSpot's compiler directives format).
 *
 * <p>Why: a run of the command is short, and on a machine of two cores the JIT's warm-up, not the
 * steady state, is most of its cost. By default C2 compiles about a hundred of the detectors' methods
 * (~0.6 s of CPU for 100 MB) on the cores the workers need, and until it is done they run code that C1
 * compiled with profiling, which is slower than C1's code without it. With these directives the
 * detectors go from profiled C1 code to plain C1 code after a few thousand calls, C2 compiles only the
 * loops over chars and bytes, and a 100 MB file takes a sixth to a quarter less time. The detectors' C1 code is slower
 * than C2's would be, so from about 300 MB on the directives cost as much as they save or more: inputs
 * of {@link #LIMIT} or more keep the defaults (README, Performance).
 *
 * <p>A JVM takes such directives from {@code jcmd <pid> Compiler.directives_add}; an executable jar
 * cannot pass JVM options, so this runs the same diagnostic command in-process, through the JDK class
 * behind the {@code com.sun.management:type=DiagnosticCommand} MBean (the MBean server itself costs
 * ~150 ms to start). That class is internal: the jar's manifest opens its package
 * ({@code Add-Opens}). On any other JVM, when run with {@code -cp} instead of {@code -jar}, or with
 * {@code -Dlog-redactor.jit=default}, nothing is added and the JIT keeps its defaults: the output is
 * the same either way, only the time differs.
 */
final class JitTuning {
    /**
     * Inputs of this many bytes or more keep the JIT's defaults: the detectors' C1 code then costs about
     * as much as the C2 compiling it saves, or more (measured on two generated files: 16-25% less time for
     * 100 MB, 3% for 200 MB, -4% to 9% for 300 MB, 5% more for 900 MB).
     */
    static final long LIMIT = 256L << 20;
    /** The system property that, set to {@code default}, leaves the JIT alone. */
    static final String PROPERTY = "log-redactor.jit";
    private static final String DIRECTIVES = "jit-directives.json";

    private JitTuning() {}

    /**
     * Whether the named inputs are small enough for the directives to pay: standard input ({@code -})
     * counts as small, a file that cannot be read as empty.
     */
    static boolean suits(List<String> files) {
        long total = 0;
        for (String f : files) {
            total += f.equals("-") ? 0 : new File(f).length();
        }
        return total < LIMIT;
    }

    /**
     * Starts adding the directives on a thread of their own when the named inputs {@link #suits suit}
     * them, so that it overlaps with building the redactor (each takes 10-30 ms of a fresh JVM's start);
     * {@link #await} before the redaction starts.
     *
     * @return the thread, or {@code null} when the inputs are too large
     */
    static Thread start(List<String> files) {
        if (!suits(files)) {
            return null;
        }
        Thread t = new Thread(JitTuning::apply, "log-redactor-jit");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * Waits for {@link #start}'s thread, for a second at most: without the directives the run only takes
     * longer, so nothing waits for them longer than they could save.
     */
    static void await(Thread started) {
        if (started == null) {
            return;
        }
        try {
            started.join(TimeUnit.SECONDS.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Adds the directives unless {@code -Dlog-redactor.jit=default}. Never throws.
     *
     * @return HotSpot's answer ({@code 2 compiler directives added}), or why nothing was added
     */
    static String apply() {
        if ("default".equals(System.getProperty(PROPERTY))) {
            return "not added: -D" + PROPERTY + "=default";
        }
        try {
            DiagnosticCommands jcmd = new DiagnosticCommands();
            String unsuited = unsuitedFlags(jcmd.run("VM.flags"));
            if (unsuited != null) {
                return "not added: " + unsuited;
            }
            return withDirectivesFile(file -> jcmd.run("Compiler.directives_add \"" + file + "\"").trim());
        } catch (Exception | LinkageError e) {
            return "not added: " + e;
        }
    }

    /** What is done with the file of directives while it exists. */
    interface FileUse {
        String apply(File file) throws Exception;
    }

    /**
     * Writes the directives to a new temporary file, hands it to {@code use} and deletes it after.
     *
     * @return what {@code use} returned, or why there was no file
     */
    static String withDirectivesFile(FileUse use) throws Exception {
        try (InputStream in = JitTuning.class.getResourceAsStream(DIRECTIVES)) {
            if (in == null) {
                return "not added: missing resource " + DIRECTIVES;
            }
            File file = newFile();
            try {
                try (OutputStream out = new FileOutputStream(file)) {
                    in.transferTo(out);
                }
                return use.apply(file);
            } finally {
                if (!file.delete()) {
                    file.deleteOnExit();
                }
            }
        }
    }

    /**
     * A new empty file in the temporary directory, created atomically (it fails on any file or link
     * already there). Not {@code Files.createTempFile}: its {@code SecureRandom} names cost ~20 ms of
     * class loading and seeding, a tenth of the command's start, and the name need not be secret.
     */
    private static File newFile() throws IOException {
        File dir = new File(System.getProperty("java.io.tmpdir"));
        long n = System.nanoTime();
        for (int attempt = 0; attempt < 16; attempt++) {
            File f = new File(dir, "log-redactor-jit-" + Long.toHexString(n + attempt) + ".json");
            if (f.createNewFile()) {
                return f;
            }
        }
        throw new IOException("no new file in " + dir);
    }

    /**
     * Why the JVM's compiler settings, as {@code jcmd VM.flags} prints them, rule the directives out, or
     * {@code null} when they do not. The directives move the detectors from C2 to C1: without tiered
     * compilation ({@code -XX:-TieredCompilation}, {@code -XX:CompilationMode=high-only}, {@code -Xint})
     * there is no C1, and code that C2 may not compile would stay interpreted (4.5 times slower); with
     * a JVMCI compiler such as Graal in C2's place the directives were not measured.
     */
    static String unsuitedFlags(String flags) {
        for (String flag : flags.trim().split("\\s+")) {
            if (flag.equals("-XX:-TieredCompilation") || flag.startsWith("-XX:CompilationMode=high-only")
                    || flag.equals("-XX:+UseJVMCICompiler")) {
                return flag;
            }
        }
        return null;
    }

    /** Whether {@link #apply}'s answer says the directives are in place. */
    static boolean added(String answer) {
        return answer.endsWith("compiler directives added");
    }

    /**
     * HotSpot's diagnostic commands in this JVM, run as {@code jcmd} would, through the JDK class behind
     * the DiagnosticCommand MBean; looked up once for all the commands of one {@link #apply}.
     */
    private static final class DiagnosticCommands {
        private final Object bean;
        private final Method execute;

        DiagnosticCommands() throws ReflectiveOperationException {
            // Its static initializer loads the native library that the diagnostic commands need.
            Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl", true, ClassLoader.getSystemClassLoader());
            Class<?> impl = Class.forName("com.sun.management.internal.DiagnosticCommandImpl");
            Method instance = impl.getDeclaredMethod("getDiagnosticCommandMBean");
            instance.setAccessible(true);
            execute = impl.getDeclaredMethod("executeDiagnosticCommand", String.class);
            execute.setAccessible(true);
            bean = instance.invoke(null);
        }

        /** Runs the command; returns its output. */
        String run(String command) throws ReflectiveOperationException {
            return String.valueOf(execute.invoke(bean, command));
        }
    }
}
