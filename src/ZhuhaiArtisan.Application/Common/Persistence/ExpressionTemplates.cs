using System.Linq.Expressions;

namespace ZhuhaiArtisan.Application.Common.Persistence;

/// <summary>
/// Compiled queries assembled from a template and filters written once as lambdas: the template
/// holds <c>Where(x => true)</c> where the filters go (and, optionally, <c>Select(x => default)</c>
/// where the projection goes); each filter takes the entity first, then values that become the
/// template's own parameters of the same name. One compiled query per shape of filters then
/// serves every value.
/// </summary>
public static class ExpressionTemplates
{
    /// <summary>A filter and the names of the template's parameters it takes after the entity.</summary>
    public sealed record Filter(LambdaExpression Condition, params string[] Values);

    /// <summary>The template with the filters, joined by AND, in place of its <c>Where(x => true)</c>, and the projection, if any, in place of its <c>Select(x => default)</c>.</summary>
    public static TTemplate Fill<TTemplate, TEntity>(TTemplate template, IEnumerable<Filter> filters, LambdaExpression? projection = null)
        where TTemplate : LambdaExpression
    {
        var entity = Expression.Parameter(typeof(TEntity), "x");
        var conditions = filters
            .Select(f => Bind(f.Condition, [entity, .. f.Values.Select(name => template.Parameters.Single(p => p.Name == name))]))
            .ToList();
        var predicate = Expression.Lambda<Func<TEntity, bool>>(
            conditions.Count == 0 ? Expression.Constant(true) : conditions.Aggregate(Expression.AndAlso),
            entity);
        return (TTemplate)new Placer(predicate, projection).Visit(template);
    }

    /// <summary>The filter's body with its parameters replaced, in order, by <paramref name="arguments"/>.</summary>
    public static Expression Bind(LambdaExpression filter, params Expression[] arguments) =>
        new ParameterReplacer(filter.Parameters, arguments).Visit(filter.Body);

    private sealed class ParameterReplacer(IReadOnlyList<ParameterExpression> parameters, IReadOnlyList<Expression> arguments) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            for (var i = 0; i < parameters.Count; i++)
            {
                if (node == parameters[i])
                {
                    return arguments[i];
                }
            }

            return node;
        }
    }

    private sealed class Placer(LambdaExpression predicate, LambdaExpression? projection) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Arguments is [var source, UnaryExpression { Operand: LambdaExpression { Body: ConstantExpression placeholder } }]
                ? node.Method.Name switch
                {
                    nameof(Queryable.Where) when placeholder.Value is true => node.Update(null, [Visit(source), Expression.Quote(predicate)]),
                    nameof(Queryable.Select) when placeholder.Value is null && projection is not null => node.Update(null, [Visit(source), Expression.Quote(projection)]),
                    _ => base.VisitMethodCall(node),
                }
                : base.VisitMethodCall(node);
    }
}
