package dev.stockroom.cli;

import dev.stockroom.config.Application;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole installation (companies, locations, tokens, catalog) as JSON lines, to move it"
                + " to another database with 'import'. Safe while the server runs: one consistent snapshot.")
final class ExportCommand implements Runnable {
    @Mixin StorageOptions storage;

    @Option(names = "--output", description = "File to write (default: standard output).")
    Path output;

    @Override
    public void run() {
        try (Application app = storage.open()) {
            long rows;
            if (output == null) {
                rows = app.exportTo(System.out);
                System.out.flush();
            } else {
                try (OutputStream out = Files.newOutputStream(output)) {
                    rows = app.exportTo(out);
                }
            }
            System.err.println("exported " + rows + " rows");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
