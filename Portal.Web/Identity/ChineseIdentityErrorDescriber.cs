using Portal.Shared.Culture;
using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Identity;

/// <summary>
/// Identity's messages reach people on the password and invitation pages, so they follow the UI culture:
/// Chinese by default, Identity's own English otherwise.
/// </summary>
internal sealed class ChineseIdentityErrorDescriber : IdentityErrorDescriber
{
    private static bool Chinese => PageCulture.IsChinese;

    private static IdentityError Say(IdentityError english, string chinese) =>
        Chinese ? new IdentityError { Code = english.Code, Description = chinese } : english;

    public override IdentityError PasswordTooShort(int length) =>
        Say(base.PasswordTooShort(length), $"密码至少需要 {length} 个字符。");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Say(base.PasswordRequiresUniqueChars(uniqueChars), $"密码至少需要 {uniqueChars} 个不同的字符。");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Say(base.PasswordRequiresNonAlphanumeric(), "密码需要至少一个符号（如 ! # % &）。");

    public override IdentityError PasswordRequiresDigit() =>
        Say(base.PasswordRequiresDigit(), "密码需要至少一个数字。");

    public override IdentityError PasswordRequiresLower() =>
        Say(base.PasswordRequiresLower(), "密码需要至少一个小写字母。");

    public override IdentityError PasswordRequiresUpper() =>
        Say(base.PasswordRequiresUpper(), "密码需要至少一个大写字母。");

    public override IdentityError PasswordMismatch() =>
        Say(base.PasswordMismatch(), "当前密码不正确。");

    public override IdentityError InvalidToken() =>
        Say(base.InvalidToken(), "邀请链接无效或已过期，请联系管理员重新邀请。");

    public override IdentityError DuplicateUserName(string userName) =>
        Say(base.DuplicateUserName(userName), $"账户 {userName} 已存在。");

    public override IdentityError DuplicateEmail(string email) =>
        Say(base.DuplicateEmail(email), $"邮箱 {email} 已被使用。");

    public override IdentityError InvalidEmail(string? email) =>
        Say(base.InvalidEmail(email), $"邮箱地址 {email} 格式不正确。");
}
