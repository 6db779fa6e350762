package se.bokslut.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A local stand-in for the municipality's identity provider: an RSA key pair whose public half the services verify
 * tokens with, and signed JWTs (RS256) for each role of docs/security.md. Used by the tests and the local run.
 */
public final class Tokens {

    public static final String ISSUER = "https://bokslut.local/issuer";
    /** The audience the services accept by default ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "bokslut";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;

    private Tokens(KeyPair keys) {
        this.keys = keys;
    }

    private static final String SHARED_PRIVATE = "bokslut.tokens.private-key";
    private static final String SHARED_PUBLIC = "bokslut.tokens.public-key";

    /**
     * One key pair per JVM, whatever class loader asks: test resources, the tests and JUnit extensions may live in
     * different class loaders, so the pair is kept in system properties.
     */
    public static Tokens shared() {
        synchronized (System.getProperties()) {
            String privateKey = System.getProperty(SHARED_PRIVATE);
            String publicKey = System.getProperty(SHARED_PUBLIC);
            if (privateKey != null && publicKey != null) {
                try {
                    java.security.KeyFactory factory = java.security.KeyFactory.getInstance("RSA");
                    return new Tokens(new KeyPair(
                            factory.generatePublic(new java.security.spec.X509EncodedKeySpec(
                                    Base64.getDecoder().decode(publicKey))),
                            factory.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(
                                    Base64.getDecoder().decode(privateKey)))));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }
            Tokens tokens = generate();
            System.setProperty(SHARED_PRIVATE, Base64.getEncoder().encodeToString(tokens.keys.getPrivate().getEncoded()));
            System.setProperty(SHARED_PUBLIC, Base64.getEncoder().encodeToString(tokens.keys.getPublic().getEncoded()));
            return tokens;
        }
    }

    public static Tokens generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new Tokens(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as PEM, the format {@code mp.jwt.verify.publickey.location} reads. */
    public String publicKeyPem() {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keys.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }

    /** Writes the public key to a file and returns its path. */
    public Path writePublicKey(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, publicKeyPem());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the private key (PKCS #8 PEM, readable by the owner only) so that {@code deploy/token.sh} can sign tokens
     * the running local system accepts. Only the local run and the end-to-end tests do this, under {@code target/}.
     */
    public Path writePrivateKey(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the file stays as the platform makes it
            }
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(keys.getPrivate().getEncoded());
            Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key pair a running local system wrote with {@link #writePublicKey} and {@link #writePrivateKey}. */
    public static Tokens load(Path privateKeyFile, Path publicKeyFile) {
        try {
            java.security.KeyFactory factory = java.security.KeyFactory.getInstance("RSA");
            return new Tokens(new KeyPair(
                    factory.generatePublic(new java.security.spec.X509EncodedKeySpec(pem(publicKeyFile))),
                    factory.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(pem(privateKeyFile)))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(privateKeyFile + " does not hold an RSA key pair", e);
        }
    }

    private static byte[] pem(Path file) {
        try {
            String body = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return Base64.getDecoder().decode(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service configuration that makes it trust these tokens. */
    public Map<String, String> verificationConfig(Path publicKeyFile) {
        return Map.of("mp.jwt.verify.publickey.location", publicKeyFile.toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", ISSUER);
    }

    /** A case-management system that may post events for the given platforms of the association. */
    public String caseSystem(String associationId, String... platformIds) {
        return token("case-system:" + associationId, List.of("case-system"), associationId, List.of(platformIds));
    }

    public String surveyTool(String associationId) {
        return token("survey-tool:" + associationId, List.of("survey-tool"), associationId, null);
    }

    public String analyst(String associationId) {
        return token("analyst@" + associationId, List.of("analyst"), associationId, null);
    }

    public String biReader(String associationId) {
        return token("bi-reader@" + associationId, List.of("bi-reader"), associationId, null);
    }

    /** The role of reporting-service's own identity: the only caller scoring's API answers (docs/security.md §4). */
    public static final String REPORTING_SERVICE = "reporting-service";

    /**
     * reporting-service's own token for scoring: no association (it reads for all of them), valid 30 days. In
     * production the identity provider's client-credentials flow issues it.
     */
    public String reportingService() {
        return sign("reporting-service", List.of(REPORTING_SERVICE), null, null, AUDIENCE,
                Instant.now().plus(Duration.ofDays(30)));
    }

    /** Any combination of roles and claims, for tests of the access rules themselves. */
    public String token(String subject, List<String> roles, String associationId, List<String> platformIds) {
        return token(subject, roles, associationId, platformIds, Duration.ofHours(12));
    }

    /** Any combination of roles and claims, valid for the given time. */
    public String token(String subject, List<String> roles, String associationId, List<String> platformIds,
            Duration validity) {
        return sign(subject, roles, associationId, platformIds, AUDIENCE, Instant.now().plus(validity));
    }

    /** An analyst's token issued for another audience (another application of the identity provider). */
    public String forAudience(String audience, String associationId) {
        return sign("analyst@" + associationId, List.of("analyst"), associationId, null, audience,
                Instant.now().plus(Duration.ofHours(1)));
    }

    /** A token that expired an hour ago. */
    public String expired(String associationId) {
        return sign("analyst@" + associationId, List.of("analyst"), associationId, null, AUDIENCE,
                Instant.now().minus(Duration.ofHours(1)));
    }

    private String sign(String subject, List<String> roles, String associationId, List<String> platformIds,
            String audience, Instant expiresAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", audience);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", roles);
        if (associationId != null) {
            claims.put("association", associationId);
        }
        if (platformIds != null) {
            claims.put("platforms", platformIds);
        }
        claims.put("iat", Instant.now().minusSeconds(5).getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        try {
            String header = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = URL.encodeToString(HttpJson.JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
