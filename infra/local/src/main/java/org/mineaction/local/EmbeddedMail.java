package org.mineaction.local;

import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (and IMAP, to read mail back) in the launcher's JVM: GreenMail, accepting any
 * user and password, keeping messages in memory; plus the read-only {@link MailViewer} over HTTP.
 */
public final class EmbeddedMail implements AutoCloseable {

    private final int smtpPort;
    private final int imapPort;
    private final int viewerPort;
    private GreenMail greenMail;
    private MailViewer viewer;

    public EmbeddedMail(int smtpPort, int imapPort, int viewerPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.viewerPort = viewerPort;
    }

    public synchronized void start() {
        Ports.requireFree(smtpPort, "SMTP", "Stop it, or set SMTP_HOST (and SMTP_PORT) to use it.");
        Ports.requireFree(imapPort, "IMAP", "Stop whatever listens there.");
        Ports.requireFree(viewerPort, "mail viewer", "Stop whatever listens there.");
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "localhost", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            mail.start();
        } catch (RuntimeException e) {
            throw new SuiteStartupException("GreenMail could not start on SMTP " + smtpPort + " / IMAP " + imapPort
                    + ": " + e.getMessage(), e);
        }
        greenMail = mail;
        viewer = new MailViewer(viewerPort, this::messages);
        viewer.start();
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    public String viewerUrl() {
        return "http://localhost:" + viewerPort + "/";
    }

    /** Every message received since start, oldest first. */
    public List<MimeMessage> messages() {
        GreenMail mail = greenMail;
        return mail == null ? List.of() : List.of(mail.getReceivedMessages());
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public synchronized void close() {
        if (viewer != null) {
            viewer.close();
            viewer = null;
        }
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}
