namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0203 (CredentialedWildcardOriginRule): a function URL's CORS setting trusts every origin with credentials.</summary>
public class CredentialedWildcardOriginRuleTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    // ----- CreateFunctionUrlConfig / UpdateFunctionUrlConfig -----

    [Fact]
    public Task Wildcard_origin_with_credentials_is_reported() => VerifyAnalyzerAsync(Usings + """
        class Urls
        {
            async Task CreateAsync(IAmazonLambda lambda, List<string> origins)
            {
                await lambda.CreateFunctionUrlConfigAsync(new CreateFunctionUrlConfigRequest
                {
                    FunctionName = "reports",
                    AuthType = FunctionUrlAuthType.AWS_IAM,
                    Cors = new Cors { AllowOrigins = new List<string> { {|#0:"*"|} }, AllowCredentials = true },
                });

                var request = new UpdateFunctionUrlConfigRequest { FunctionName = "reports" };
                request.Cors = new Cors { AllowCredentials = true, AllowOrigins = { "https://app.example.com", {|#1:"*"|} } };
                await lambda.UpdateFunctionUrlConfigAsync(request);

                // Look-alikes: a wildcard without credentials, named origins with credentials, origins not known.
                await lambda.UpdateFunctionUrlConfigAsync(new UpdateFunctionUrlConfigRequest { FunctionName = "reports", Cors = new Cors { AllowOrigins = new List<string> { "*" } } });
                await lambda.UpdateFunctionUrlConfigAsync(new UpdateFunctionUrlConfigRequest { FunctionName = "reports", Cors = new Cors { AllowOrigins = new List<string> { "https://app.example.com" }, AllowCredentials = true } });
                await lambda.UpdateFunctionUrlConfigAsync(new UpdateFunctionUrlConfigRequest { FunctionName = "reports", Cors = new Cors { AllowOrigins = origins, AllowCredentials = true } });
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0203").WithLocation(0)
            .WithMessage("Cors.AllowOrigins '*' is combined with Cors.AllowCredentials = true: the function URL echoes any caller's Origin with Access-Control-Allow-Credentials, so every website can send credentialed requests and read the responses; list the allowed origins"),
        Diagnostic("LPA0203").WithLocation(1)
            .WithMessage("Cors.AllowOrigins '*' is combined with Cors.AllowCredentials = true: the function URL echoes any caller's Origin with Access-Control-Allow-Credentials, so every website can send credentialed requests and read the responses; list the allowed origins"));
}
