using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Content;
using Portal.Content.Data;
using Portal.Tips;
using Portal.Web.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Architecture;

/// <summary>
/// The boundaries between the host and the modules, checked on the compiled assemblies: the modules do not know each
/// other, only the modules touch their data, and only Identity touches <see cref="UserManager{TUser}"/>. Each rule is
/// also run against a small type that breaks it, so a checker that finds nothing cannot pass unnoticed.
/// </summary>
[UnitTest]
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly Content = typeof(ContentModule).Assembly;
    private static readonly Assembly Tips = typeof(TipsModule).Assembly;
    private static readonly Assembly Web = typeof(StaffDirectory).Assembly;

    private static readonly string[] IdentityNamespaces =
        ["Portal.Web.Identity", "Portal.Web.Components.Account", "Portal.Web.Components.Staff.Identity"];

    private static bool IsModuleContext(Type type) =>
        (type.Assembly == Content || type.Assembly == Tips) && typeof(DbContext).IsAssignableFrom(type);

    private static bool IsUserManager(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(UserManager<>);

    [Fact]
    public void The_modules_do_not_reference_each_other()
    {
        Assert.Empty(BoundaryChecks.References(Content, Tips));
        Assert.Empty(BoundaryChecks.References(Tips, Content));
    }

    [Fact]
    public void The_reference_rule_can_fail() => Assert.NotEmpty(BoundaryChecks.References(Web, Content));

    [Fact]
    public void No_host_type_touches_a_module_DbContext() =>
        Assert.Empty(BoundaryChecks.TypesUsing(BoundaryChecks.OwnTypes(Web), IsModuleContext));

    [Fact]
    public void The_DbContext_rule_finds_fields_constructor_parameters_generic_arguments_and_method_bodies()
    {
        var samples = new[] { typeof(ContextFactoryHolder), typeof(ContextInMethodBody), typeof(ContextFromCall), typeof(Clean) };
        Assert.Equal(
            [typeof(ContextFactoryHolder), typeof(ContextInMethodBody), typeof(ContextFromCall)],
            BoundaryChecks.TypesUsing(samples, IsModuleContext));
    }

    [Fact]
    public void Module_DbContexts_are_not_public_and_only_the_tests_see_module_internals()
    {
        var contexts = new[] { Content, Tips }.SelectMany(BoundaryChecks.OwnTypes).Where(IsModuleContext).ToList();
        Assert.Equal(9, contexts.Count);
        Assert.Empty(BoundaryChecks.PublicTypes(contexts));
        // Besides the tests, only the benchmark programs (they fill databases and time queries on the context) see inside.
        Assert.Equal(["ContentBench", "Portal.Tests"], FriendsOf(Content));
        Assert.Equal(["OversightBench", "Portal.Tests", "TipData", "TipQueueBench", "TipSubmitBench"], FriendsOf(Tips));
        Assert.DoesNotContain(typeof(Program).Assembly.GetName().Name, FriendsOf(Content).Concat(FriendsOf(Tips)));
    }

    private static List<string> FriendsOf(Assembly module) =>
        [.. module.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_visibility_rule_can_fail() => Assert.Equal([typeof(LeakyDbContext)], BoundaryChecks.PublicTypes([typeof(LeakyDbContext)]));

    [Fact]
    public void Only_Identity_uses_the_UserManager()
    {
        var users = BoundaryChecks.TypesUsing(BoundaryChecks.OwnTypes(Web), IsUserManager);
        Assert.NotEmpty(users);
        Assert.Empty(BoundaryChecks.OutsideNamespaces(users, IdentityNamespaces));
    }

    [Fact]
    public void The_UserManager_rule_finds_an_injected_property_outside_Identity()
    {
        var users = BoundaryChecks.TypesUsing([typeof(UserManagerOutsideIdentity), typeof(Clean)], IsUserManager);
        Assert.Equal([typeof(UserManagerOutsideIdentity)], BoundaryChecks.OutsideNamespaces(users, IdentityNamespaces));
    }
}

/// <summary>Reflection over signatures and IL; nested types (lambdas, async state machines) count as their outer type.</summary>
internal static class BoundaryChecks
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    public static IReadOnlyList<string> References(Assembly from, Assembly to) =>
        [.. from.GetReferencedAssemblies().Where(a => a.Name == to.GetName().Name).Select(a => a.FullName)];

    public static IEnumerable<Type> OwnTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => !t.IsNested && !t.Name.StartsWith('<'));

    public static IReadOnlyList<Type> PublicTypes(IEnumerable<Type> types) => [.. types.Where(t => t.IsVisible)];

    public static IReadOnlyList<Type> OutsideNamespaces(IEnumerable<Type> types, IReadOnlyList<string> allowed) =>
        [.. types.Where(t => !allowed.Any(n => Namespace(t) == n || Namespace(t).StartsWith(n + ".", StringComparison.Ordinal)))];

    public static IReadOnlyList<Type> TypesUsing(IEnumerable<Type> types, Func<Type, bool> forbidden) =>
        [.. types.Where(t => Uses(t, forbidden))];

    private static string Namespace(Type type) => (type.Namespace ?? "").Replace("__Blazor.", "", StringComparison.Ordinal);

    private static bool Uses(Type type, Func<Type, bool> forbidden)
    {
        bool Is(Type? t) => t is not null && !t.IsGenericParameter
            && (forbidden(t) || (t.HasElementType && Is(t.GetElementType())) || (t.IsGenericType && t.GetGenericArguments().Any(Is)));

        return Is(type.BaseType)
            || type.GetInterfaces().Any(Is)
            || type.GetFields(Declared).Any(f => Is(f.FieldType))
            || type.GetProperties(Declared).Any(p => Is(p.PropertyType))
            || type.GetMethods(Declared).Any(m => Is(m.ReturnType) || m.GetGenericArguments().Any(Is))
            || type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared))
                .Any(m => m.GetParameters().Any(p => Is(p.ParameterType)) || BodyUses(m, Is))
            || type.GetNestedTypes(Declared).Any(n => Uses(n, forbidden));
    }

    /// <summary>The types named by the method body's locals and by the operands of its calls, field accesses, casts and typeof.</summary>
    private static bool BodyUses(MethodBase method, Func<Type?, bool> isForbidden)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            return false;
        }

        if (body.LocalVariables.Any(l => isForbidden(l.LocalType)))
        {
            return true;
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += code.Size;
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok
                && Resolve(method.Module, BitConverter.ToInt32(il, i), typeArguments, methodArguments) is { } member
                && Named(member).Any(isForbidden))
            {
                return true;
            }

            i += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
        }

        return false;
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static IEnumerable<Type?> Named(MemberInfo member) => member switch
    {
        Type type => [type],
        FieldInfo field => [field.DeclaringType, field.FieldType],
        MethodInfo method => [method.DeclaringType, method.ReturnType, .. method.GetGenericArguments(), .. method.GetParameters().Select(p => p.ParameterType)],
        MethodBase constructor => [constructor.DeclaringType, .. constructor.GetParameters().Select(p => p.ParameterType)],
        _ => [],
    };
}

/// <summary>Breaks the DbContext rule through a constructor parameter and a property (generic argument).</summary>
public sealed class ContextFactoryHolder
{
    internal ContextFactoryHolder(IDbContextFactory<ContentDbContext> contexts) => Contexts = contexts;

    internal IDbContextFactory<ContentDbContext> Contexts { get; }
}

/// <summary>Breaks the DbContext rule only inside a method body (typeof).</summary>
public static class ContextInMethodBody
{
    public static string Name() => typeof(ContentDbContext).Name;
}

/// <summary>Breaks the DbContext rule only inside a method body (a call that returns the context).</summary>
public static class ContextFromCall
{
    public static bool Opens(ContentContexts contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        using var context = contexts.CreateDbContext();
        return context is not null;
    }
}

/// <summary>Breaks no rule.</summary>
public static class Clean
{
    public static string Name() => nameof(Clean);
}

/// <summary>Breaks the visibility rule.</summary>
public class LeakyDbContext : DbContext;

/// <summary>Breaks the UserManager rule the way a Razor component would.</summary>
public sealed class UserManagerOutsideIdentity
{
    [Inject]
    public UserManager<PortalUser>? Users { get; set; }
}
