namespace Portal.Storage.Mail;

/// <summary>Outgoing e-mail (section <c>Mail</c>). Off by default: without it the portal sends nothing and people see outcomes when they sign in.</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    public bool Enabled { get; set; }

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>StartTls (default), SslOnConnect, or None (only for a relay on the same host).</summary>
    public string Security { get; set; } = nameof(MailSecurity.StartTls);

    public string? UserName { get; set; }

    /// <summary>From a secret store or environment variable; never in appsettings files.</summary>
    public string? Password { get; set; }

    public string? FromAddress { get; set; }

    public string FromName { get; set; } = "甘肃省反拐工作平台";

    /// <summary>The portal's public address, for links in messages (the request that causes a mail is not at hand when it is sent).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How often the outbox is looked at.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    public Uri BaseUri => new(PublicBaseUrl!.TrimEnd('/') + "/");
}

public enum MailSecurity
{
    StartTls,
    SslOnConnect,
    None,
}
