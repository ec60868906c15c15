using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata;
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
    public void No_type_mapped_in_a_module_DbContext_is_public()
    {
        var models = ModuleModels();
        var contexts = new[] { Content, Tips }.SelectMany(BoundaryChecks.OwnTypes).Where(IsModuleContext).ToList();
        // Every provider context (a leaf under a module's base context) has a design-time factory, so none goes unchecked.
        var providerContexts = contexts.Where(c => !contexts.Any(d => d.BaseType == c)).Select(t => t.FullName).Order(StringComparer.Ordinal);
        Assert.Equal(providerContexts, models.Keys.Select(t => t.FullName).Order(StringComparer.Ordinal));
        Assert.All(models.Values, model => Assert.NotEmpty(model.GetEntityTypes()));
        Assert.Empty(models.Values.SelectMany(BoundaryChecks.PublicMappedTypes).Distinct());
    }

    [Fact]
    public void The_mapped_type_rule_finds_public_entities_and_their_owned_and_nested_types()
    {
        using var context = new LeakyModelContext();
        Assert.Equal(
            [typeof(LeakyEntity), typeof(LeakyEntity.Address)],
            BoundaryChecks.PublicMappedTypes(context.Model).OrderBy(t => t.FullName, StringComparer.Ordinal));
    }

    /// <summary>Each module context's model, built through its design-time factory (no database is opened).</summary>
    private static Dictionary<Type, IModel> ModuleModels()
    {
        var models = new Dictionary<Type, IModel>();
        var factories = new[] { Content, Tips }.SelectMany(a => a.GetTypes()).Where(t => !t.IsAbstract && t.GetInterfaces()
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)));
        foreach (var factory in factories)
        {
            var create = factory.GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
            using var context = (DbContext)create.Invoke(Activator.CreateInstance(factory, nonPublic: true), [Array.Empty<string>()])!;
            models.Add(context.GetType(), context.Model);
        }

        return models;
    }

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

    /// <summary>The public CLR types behind the model's entity types (owned ones included) and complex types; property bags are EF's own.</summary>
    public static IReadOnlyList<Type> PublicMappedTypes(IModel model) =>
        [.. model.GetEntityTypes().Where(e => !e.IsPropertyBag).SelectMany(MappedTypes).Where(t => t.IsVisible).Distinct()];

    private static IEnumerable<Type> MappedTypes(ITypeBase type) =>
        [type.ClrType, .. type.GetComplexProperties().SelectMany(p => MappedTypes(p.ComplexType))];

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

/// <summary>Breaks the mapped-type rule through a public entity and its public nested owned type; the internal entity does not.</summary>
internal sealed class LeakyModelContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=:memory:");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LeakyEntity>().OwnsOne(e => e.Home);
        modelBuilder.Entity<HiddenEntity>();
    }
}

public sealed class LeakyEntity
{
    public int Id { get; set; }

    public Address Home { get; set; } = new();

    public sealed class Address
    {
        public string Street { get; set; } = "";
    }
}

internal sealed class HiddenEntity
{
    public int Id { get; set; }
}
