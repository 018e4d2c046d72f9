namespace LambdaPermissionAnalyzers.Tests.Readers;

/// <summary>
/// Writes to grant objects the method neither creates nor receives in a way the readers follow (an element of a
/// list, a field) are grouped by receiver: writes to one object are one grant, writes to two objects never are.
/// </summary>
public class DetachedWritesTests
{
    [Fact]
    public Task Writes_to_one_receiver_are_one_grant_and_writes_to_two_are_not() => VerifyAnalyzerAsync("""
        using System.Collections.Generic;
        using Amazon.Lambda.Model;

        class Settings
        {
            public AddPermissionRequest Request = new AddPermissionRequest();
        }

        class Deployer
        {
            private AddPermissionRequest _pending = new AddPermissionRequest();
            private static AddPermissionRequest Shared = new AddPermissionRequest();

            void Same(List<AddPermissionRequest> requests, Settings settings)
            {
                var r = requests[0];
                r.FunctionName = "orders:prod";
                r.Qualifier = {|LPA0005:"live"|};

                _pending.FunctionName = "orders:prod";
                this._pending.Qualifier = {|LPA0005:"live"|};

                Shared.FunctionName = "orders:prod";
                Deployer.Shared.Qualifier = {|LPA0005:"live"|};

                settings.Request.FunctionName = "orders:prod";
                settings.Request.Qualifier = {|LPA0005:"live"|};
            }

            void Different(List<AddPermissionRequest> requests, Settings settings, Settings other)
            {
                {
                    var r = requests[0];
                    r.FunctionName = "orders:prod";
                }

                {
                    var r = requests[1];
                    r.Qualifier = "live";
                }

                settings.Request.FunctionName = "orders:prod";
                other.Request.Qualifier = "live";

                _pending.FunctionName = "orders:prod";
                Shared.Qualifier = "live";
            }
        }
        """);
}
