package org.recbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.recbridge.analysis.diagnostics.Diagnostics;
import org.recbridge.analysis.diagnostics.DiagnosticsSettings;
import org.recbridge.analysis.diagnostics.DiagnosticsText;
import org.recbridge.analysis.diagnostics.DomainDiagnostics;
import org.recbridge.analysis.diagnostics.SelectionMethod;
import org.recbridge.analysis.hints.Hint;
import org.recbridge.analysis.hints.Hints;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.report.HintsText;
import org.recbridge.report.ResultsFiles;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Before training: what the project's source and target share, their sizes and label balance, "
                + "how far apart their rows are (proxy A-distance), correlated side features, and the target's "
                + "features ranked for like/dislike.")
final class DiagnoseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT.json", description = "the project file")
    Path projectFile;

    @Option(names = "--json", description = "print the diagnostics as JSON")
    boolean json;

    @Option(names = "--method", paramLabel = "MRMR|JMI", defaultValue = "MRMR",
            description = "feature ranking method (default: ${DEFAULT-VALUE})")
    SelectionMethod method;

    @Override
    public Integer call() throws Exception {
        Project project = ProjectArgument.read(spec, projectFile);
        LoadedData data = DataLoader.load(project, ProgressListener.none(), CancelToken.none());
        DiagnosticsSettings settings = DiagnosticsSettings.defaults().withMethod(method);
        DomainDiagnostics diagnostics = Diagnostics.compute(data, project.task(), settings, CancelToken.none());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ResultsFiles.toJson(diagnostics));
        } else {
            data.summaries().forEach(out::println);
            out.println();
            out.print(DiagnosticsText.format(diagnostics));
            List<Hint> hints = Hints.aboutInputs(diagnostics, null);
            if (!hints.isEmpty()) {
                out.println();
                out.println(HintsText.format(hints));
            }
        }
        return 0;
    }
}
