using System.Linq.Expressions;

namespace ZhuhaiArtisan.Application.Common.Persistence;

/// <summary>
/// Filters written once as lambdas and placed into the templates of compiled queries: a filter's
/// entity and values become the template's own parameters, so one compiled query per shape of
/// filters serves every value.
/// </summary>
public static class ExpressionTemplates
{
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
}
