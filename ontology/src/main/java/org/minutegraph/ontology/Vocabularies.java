package org.minutegraph.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/** Loads the Turtle resources of this module, and user-supplied vocabulary files. */
public final class Vocabularies {

    public static final String ONTOLOGY = "minutegraph.ttl";
    public static final String SHAPES = "shapes.ttl";
    public static final String TOOLS = "tools.ttl";

    private Vocabularies() {
    }

    /** The OWL ontology. */
    public static Model ontology() {
        return resource(ONTOLOGY);
    }

    /** The SHACL shapes that every ingested graph conforms to. */
    public static Model shapes() {
        return resource(SHAPES);
    }

    /** The built-in SKOS vocabulary of tools and their categories. */
    public static Model tools() {
        return resource(TOOLS);
    }

    /** The built-in tools plus the user's extra vocabulary files (Turtle). */
    public static Model tools(java.util.List<Path> extraFiles) {
        Model model = tools();
        for (Path file : extraFiles) {
            model.add(file(file));
        }
        return model;
    }

    /**
     * A digest of the Turtle that {@link #tools(java.util.List)} reads (the built-in file, then the
     * user's files in order): equal digests, equal vocabularies. Cheaper than comparing the models.
     */
    public static String toolsFingerprint(java.util.List<Path> extraFiles) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            try (InputStream in = Vocabularies.class.getResourceAsStream(TOOLS)) {
                if (in == null) {
                    throw new IllegalStateException("Resource " + TOOLS + " is missing from the ontology jar");
                }
                digest.update(in.readAllBytes());
            }
            for (Path file : extraFiles) {
                digest.update(("\n" + file.toAbsolutePath() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new VocabularyException("Cannot read a vocabulary file: " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Reads one user-supplied Turtle file, failing with a message that names the file and the problem. */
    public static Model file(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isReadable(file)) {
            throw new VocabularyException("Cannot read vocabulary file " + file + ": it does not exist or is not readable");
        }
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).parse(model);
        } catch (RiotException e) {
            throw new VocabularyException("Vocabulary file " + file + " is not valid Turtle: " + e.getMessage(), e);
        }
        return model;
    }

    private static Model resource(String name) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Vocabularies.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + name + " is missing from the ontology jar");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(MG.NS).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }
}
