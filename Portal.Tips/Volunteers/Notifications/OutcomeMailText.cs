using System.Globalization;
using Portal.Storage.Mail;
using Portal.Tips.Volunteers.Model;

namespace Portal.Tips.Volunteers.Notifications;

/// <summary>
/// The outcome messages, Chinese first and English below: the sign-up form does not ask for a language, and the
/// portal is Chinese first for everyone. Nothing in them but the outcome, the reference and (on acceptance) the link.
/// </summary>
internal static class OutcomeMailText
{
    public static OutgoingMail Accepted(Volunteer volunteer, Uri? invitation)
    {
        var name = volunteer.Name ?? volunteer.Reference;
        var zhNext = invitation is null
            ? "您的账号已开通，请用报名时填写的邮箱登录志愿者专区，查看岗位和排班。"
            : $"请打开下面的链接设置密码，然后登录志愿者专区查看岗位和排班：\n{invitation}\n该链接只能使用一次，3 天后失效；如已失效，请联系您所在地区的志愿者协调员。";
        var enNext = invitation is null
            ? "Your account is ready: sign in to the volunteer area with the e-mail address you gave to see opportunities and shifts."
            : $"Open the link below to set your password, then sign in to the volunteer area to see opportunities and shifts:\n{invitation}\nThe link works once and expires after 3 days; if it has expired, contact your region's volunteer coordinator.";
        return new OutgoingMail(
            volunteer.Email!,
            volunteer.Name,
            $"反拐志愿者报名已通过（编号 {volunteer.Reference}） / Volunteer application accepted",
            string.Create(CultureInfo.InvariantCulture, $"""
                {name}，您好：

                您的反拐志愿者报名（编号 {volunteer.Reference}）已通过审核，感谢您参与反拐工作。
                {zhNext}

                如果您没有报名，请忽略本邮件。

                ——
                Hello {name},

                Your application to volunteer against human trafficking (reference {volunteer.Reference}) has been accepted. Thank you for taking part.
                {enNext}

                If you did not apply, please ignore this e-mail.

                甘肃省反对拐卖人口工作平台 · Gansu anti-trafficking portal
                """));
    }

    public static OutgoingMail Rejected(Volunteer volunteer)
    {
        var name = volunteer.Name ?? volunteer.Reference;
        var (zh, en) = Reason(volunteer.RejectionReason ?? RejectionReason.Other);
        return new OutgoingMail(
            volunteer.Email!,
            volunteer.Name,
            $"反拐志愿者报名结果（编号 {volunteer.Reference}） / Volunteer application outcome",
            $"""
                {name}，您好：

                感谢您报名成为反拐志愿者。很遗憾，您的报名（编号 {volunteer.Reference}）这次未能通过。原因：{zh}。
                如有疑问，请联系您所在地区的志愿者协调员。您的报名资料将按隐私说明中的期限保存后删除。

                ——
                Hello {name},

                Thank you for applying to volunteer against human trafficking. We are sorry that your application (reference {volunteer.Reference}) was not accepted this time. Reason: {en}.
                If you have questions, contact your region's volunteer coordinator. Your application is kept only for the period stated in the privacy notice.

                甘肃省反对拐卖人口工作平台 · Gansu anti-trafficking portal
                """);
    }

    private static (string Chinese, string English) Reason(RejectionReason reason) => reason switch
    {
        RejectionReason.Incomplete => ("资料不完整", "the application was incomplete"),
        RejectionReason.NotEligible => ("不符合报名条件", "the applicant is not eligible"),
        RejectionReason.BackgroundCheckFailed => ("未通过背景审查", "the background check was not passed"),
        RejectionReason.NoSuitableRole => ("暂无合适岗位", "there is no suitable role at present"),
        RejectionReason.Withdrawn => ("本人撤回报名", "the applicant withdrew"),
        _ => ("其他原因，协调员可以向您说明", "another reason, which your coordinator can explain"),
    };
}
