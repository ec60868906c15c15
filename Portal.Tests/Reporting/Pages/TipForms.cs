using Portal.Tests.Infrastructure;

namespace Portal.Tests.Reporting.Pages;

/// <summary>Fills the public report form the way a reporter does.</summary>
public static class TipForms
{
    public static Dictionary<string, string> Fields(string narrative = "火车站附近有人以招工为名带走两名少年。", string category = "forced-labour") => new()
    {
        ["Form.Category"] = category,
        ["Form.WhatHappened"] = narrative,
        ["Form.PlaceKey"] = "620402",
        ["Form.PlaceDetail"] = "白银区汽车站",
        ["Form.WhenText"] = "昨天下午",
    };

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, Dictionary<string, string> fields, bool solveProofOfWork = false, string formPath = "/report")
    {
        var form = await HtmlPage.GetAsync(client, formPath);
        if (solveProofOfWork)
        {
            fields["altcha"] = ProofOfWorkSolver.Solve(form.Document.QuerySelector("form[data-altcha-challenge]")!.GetAttribute("data-altcha-challenge")!);
        }

        return await form.SubmitAsync(client, fields, "main form[data-altcha-challenge]");
    }
}
