using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ZhuhaiArtisan.Application.Common.Persistence;

/// <summary>
/// A query compiled once with <c>EF.CompileAsyncQuery</c>, for the hottest reads: a call skips
/// building the LINQ expression tree and looking up its translation, which on an indexed lookup
/// costs more CPU than the database does. A compiled query is bound to the model it first ran
/// with, so there is one compilation per model (a process may host several databases, as the
/// functional tests do).
/// </summary>
/// <typeparam name="TQuery">The delegate <c>EF.CompileAsyncQuery</c> returns.</typeparam>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile)
    where TQuery : Delegate
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    /// <summary>The query compiled for the context's model.</summary>
    public TQuery For(DbContext context) => _byModel.GetValue(context.Model, _ => compile());
}
