using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Portal.Content.Data;

/// <summary>
/// A compiled query (<see cref="EF.CompileAsyncQuery{TContext, TResult}(System.Linq.Expressions.Expression{Func{TContext, TResult}})"/>)
/// is bound to the model it first ran against, and the SQLite and PostgreSQL contexts have different models; one process
/// normally has one, but the tests run both. This compiles the query once per model.
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> queries = [];

    public TQuery For(DbContext context) => queries.GetValue(context.Model, _ => compile());
}
