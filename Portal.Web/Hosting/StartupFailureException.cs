namespace Portal.Web.Hosting;

/// <summary>A start-up problem an operator must fix; its message is one line that names the setting.</summary>
public sealed class StartupFailureException : Exception
{
    public StartupFailureException(string message) : base(message)
    {
    }

    public StartupFailureException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public StartupFailureException()
    {
    }

    /// <summary>The first line of an exception's message; some SDK messages span many lines.</summary>
    public static string FirstLine(Exception exception) =>
        exception.Message.Split('\n', 2)[0].Trim();
}
