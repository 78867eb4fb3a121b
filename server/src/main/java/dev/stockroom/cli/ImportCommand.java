package dev.stockroom.cli;

import dev.stockroom.config.Application;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read an 'export' into an empty database (all or nothing). Tokens keep working: they move as"
                + " hashes.")
final class ImportCommand implements Runnable {
    @Mixin StorageOptions storage;

    @Option(names = "--input", description = "File to read (default: standard input).")
    Path input;

    @Override
    public void run() {
        try (Application app = storage.open()) {
            long rows;
            if (input == null) {
                rows = app.importFrom(System.in);
            } else {
                try (InputStream in = Files.newInputStream(input)) {
                    rows = app.importFrom(in);
                }
            }
            System.err.println("imported " + rows + " rows");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
