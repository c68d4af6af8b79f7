package org.recbridge.experiment;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reaching Apache Spark from the core without depending on it: the desktop jar does not carry Spark (115 jars,
 * 176 MB), so Spark's classes are looked for at run time and {@code org.recbridge.spark.SparkJobs} is made by
 * name. Where Spark is missing, or Java 17 keeps closed the packages Spark needs, one line says what to do.
 */
public final class SparkSupport {
    /** The java.base packages Spark needs opened on Java 17. */
    public static final List<String> OPENS = List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io",
            "java.net", "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "sun.nio.ch",
            "sun.nio.cs", "sun.security.action", "sun.util.calendar");
    /** The class spark-submit starts: {@code spark-submit --class} this. */
    public static final String MAIN_CLASS = "org.recbridge.spark.SparkMain";
    /** The jar spark-submit runs, built beside recbridge.jar by {@code mvn package}. */
    public static final String SPARK_JAR = "recbridge-spark.jar";
    private static final String JOBS_CLASS = "org.recbridge.spark.SparkJobs";

    private SparkSupport() {
    }

    /** The JVM options Spark needs on Java 17, as spark-submit's driver and executor options take them. */
    public static String javaOptions() {
        StringBuilder b = new StringBuilder();
        for (String p : OPENS) {
            b.append(b.length() == 0 ? "" : " ").append("--add-opens=java.base/").append(p).append("=ALL-UNNAMED");
        }
        return b.toString();
    }

    /** Whether Spark's classes can be loaded here. */
    public static boolean present() {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Why Spark cannot start in this JVM, in one line, or null if it can. */
    public static String unavailable() {
        if (!present()) {
            return "Apache Spark is not on the class path (the desktop jar does not carry it): set SPARK_HOME to a "
                    + "Spark 3.5 (Scala 2.12) installation and keep recbridge-spark.jar beside recbridge.jar (mvn "
                    + "package builds both), or submit recbridge-spark.jar with spark-submit (README, section Spark)";
        }
        Module ours = SparkSupport.class.getModule();
        for (String p : OPENS) {
            if (!Object.class.getModule().isOpen(p, ours)) {
                return "Spark needs java.base/" + p + " opened on Java 17: start java with " + javaOptions();
            }
        }
        return null;
    }

    /**
     * The command that runs {@code runArguments} (run's, with {@code --spark}) in a JVM that has Spark: Java with
     * the options Spark needs, recbridge-spark.jar beside the jar this class came from, and {@code $SPARK_HOME/jars};
     * null when either is missing.
     */
    public static List<String> relaunch(List<String> runArguments) {
        String home = System.getenv("SPARK_HOME");
        if (home == null || home.isBlank() || !Files.isDirectory(Path.of(home, "jars"))) {
            return null;
        }
        Path sparkJar;
        try {
            Path here = Path.of(SparkSupport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            sparkJar = here.resolveSibling(SPARK_JAR);
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
        if (!Files.isRegularFile(sparkJar)) {
            return null;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(javaOptions().split(" ")));
        command.addAll(heapOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.addAll(List.of("-cp", sparkJar + File.pathSeparator + Path.of(home, "jars", "*"), MAIN_CLASS));
        command.addAll(runArguments);
        return command;
    }

    /**
     * The heap options among a JVM's arguments: the JVM started for Spark gets the heap RecBridge was given, not
     * one sized from the machine's memory.
     */
    static List<String> heapOptions(List<String> jvmArguments) {
        return jvmArguments.stream().filter(a -> a.startsWith("-Xmx") || a.startsWith("-Xms")
                || a.startsWith("-XX:MaxRAMPercentage=") || a.startsWith("-XX:MaxRAM=")
                || a.startsWith("-XX:InitialRAMPercentage=")).toList();
    }

    /**
     * Starts Spark with {@code master} ({@code local[N]}, {@code spark://host:7077}, {@code yarn}, {@code k8s://...}),
     * or with the master spark-submit set when {@code master} is null.
     *
     * @throws IllegalStateException with one line when Spark is missing or cannot start
     */
    public static RemoteJobs start(String master) {
        String why = unavailable();
        if (why != null) {
            throw new IllegalStateException(why);
        }
        try {
            return (RemoteJobs) Class.forName(JOBS_CLASS).getMethod("start", String.class).invoke(null, master);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new IllegalStateException("Spark did not start with master " + master + ": "
                    + message.lines().findFirst().orElse(message), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("RecBridge's Spark classes are missing from this jar (" + JOBS_CLASS
                    + "): build it again with mvn package", e);
        }
    }
}
